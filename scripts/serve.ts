// npm run serve — serves a build made beforehand (npm run build) on a database already migrated
// (npm run db:migrate), nothing else: one instance of a deployment with several behind a load balancer.
// SIGTERM or Ctrl-C lets requests in flight finish before the process exits. `npm run build` compiles this
// file to .next/sns-serve.mjs (scripts/bundle-server.ts), which is what runs.
import { parseServeEnv } from "@/lib/env";
import { purgeAtStart } from "@/lib/reports/purge";
import { startSiteServer } from "@/lib/server/site-server";
import { runMain } from "@/scripts/run-main";

runMain(async () => {
  const env = parseServeEnv();
  // The pages read SITE_URL themselves: they must see the same default (the port served) as this process.
  process.env.SITE_URL ??= env.SITE_URL;
  process.env.NEXTAUTH_URL ??= env.SITE_URL;
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  await purgeAtStart(env.DATABASE_URL, env.REPORT_RETENTION_MONTHS);
  const server = await startSiteServer({
    dev: false,
    port: env.PORT,
    hostname: env.LISTEN_HOST,
    https: env.SITE_URL.startsWith("https:"),
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
  });
  console.log(`Site servi sur le port ${env.PORT} (${env.SITE_URL}).`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  console.log(`${signal} reçu : fin des requêtes en cours…`);
  await server.close();
  console.log("Serveur arrêté.");
});
