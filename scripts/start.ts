// npm start — the whole site from one command: database (embedded unless DATABASE_URL is set), migrations,
// seed, production build when the sources changed, then the site's HTTP server (lib/server/site-server.ts).
// Ctrl-C or SIGTERM lets requests in flight finish, then stops the embedded database cleanly.
// `tsx scripts/start.ts build` stops after the build (npm run build), `tsx scripts/start.ts dev` serves
// the development build instead (npm run dev).
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { createFirstAdminIfNone, localAuthSecret, localMfaKey } from "@/lib/auth/bootstrap";
import { migrate } from "@/lib/database/migrate";
import { openDatabase } from "@/lib/database/resolve";
import { seed } from "@/lib/database/seed";
import { purgeAtStart } from "@/lib/reports/purge";
import { parseStartEnv } from "@/lib/env";
import { distDir } from "@/lib/server/dist-dir";
import { startSiteServer, type SiteServer } from "@/lib/server/site-server";
import { buildFingerprint, buildIdentity, forgetBuildData, isBuildCurrent, stampBuild } from "@/scripts/build-stamp";
import { bundleServer, SERVER_FILE } from "@/scripts/bundle-server";
import { runMain } from "@/scripts/run-main";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");
let child: ChildProcess | undefined;
let server: SiteServer | undefined;
let stopping = false;
let stopped: () => void = () => {};
const stopRequested = new Promise<void>((resolve) => (stopped = resolve));

/** Runs a Node.js program as a child (the build, or the compiled server), which SIGTERM reaches. */
function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      child = undefined;
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}

const mode = process.argv[2] ?? "start";

runMain(async () => {
  if (!["start", "build", "dev"].includes(mode)) throw new Error(`Mode inconnu « ${mode} » : start, build ou dev.`);
  const env = parseStartEnv();
  const database = await openDatabase(env);
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} reçu : arrêt du serveur…`);
    if (child) child.kill("SIGTERM");
    stopped();
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);

  try {
    await migrate(database.url, { log: console.log });
    await purgeAtStart(database.url, env.REPORT_RETENTION_MONTHS);
    if (env.SEED ?? database.isEmbedded) {
      const report = await seed(database.url);
      if (report.structures > 0) console.log(`Base initialisée : ${report.structures} structures de démonstration.`);
    }
    if (!env.NEXTAUTH_SECRET && !database.isEmbedded) {
      throw new Error(
        "NEXTAUTH_SECRET manquant : avec DATABASE_URL, définissez un secret de session (openssl rand -base64 32).",
      );
    }
    if (!env.MFA_ENCRYPTION_KEY && !database.isEmbedded) {
      throw new Error(
        "MFA_ENCRYPTION_KEY manquant : avec DATABASE_URL, définissez la clé des secrets de double authentification (openssl rand -base64 32).",
      );
    }
    const authSecret = env.NEXTAUTH_SECRET ?? (await localAuthSecret(env.EMBEDDED_DB_DIR));
    const mfaKey = env.MFA_ENCRYPTION_KEY ?? (await localMfaKey(env.EMBEDDED_DB_DIR));
    if (database.isEmbedded) {
      const admin = await createFirstAdminIfNone(database.url);
      if (admin) {
        console.log(
          `\nPremier compte administrateur créé (ce mot de passe ne sera plus affiché) :\n` +
            `  adresse : ${admin.email}\n  mot de passe : ${admin.password}\n` +
            `Changez-le après connexion dans « Mon compte » (/admin/compte), ou créez votre compte avec npm run user:create.\n`,
        );
      }
    }
    // Telemetry would only try to reach a host these machines cannot, and nobody asked for it.
    const childEnv = {
      NEXT_TELEMETRY_DISABLED: "1",
      ...process.env,
      DATABASE_URL: database.url,
      SITE_URL: env.SITE_URL,
      NEXTAUTH_URL: env.SITE_URL,
      NEXTAUTH_SECRET: authSecret,
      MFA_ENCRYPTION_KEY: mfaKey,
      PORT: String(env.PORT),
    };
    // The development server runs in this process and reads its configuration from the environment.
    Object.assign(process.env, childEnv);
    if (mode !== "dev") {
      // Pages are prerendered from this database and name SITE_URL in their links: either changing rebuilds.
      const identity = buildIdentity(
        database.isEmbedded ? { embeddedDir: env.EMBEDDED_DB_DIR } : { url: env.DATABASE_URL! },
        env.SITE_URL,
      );
      const fingerprint = await buildFingerprint(identity);
      if (!stopping && (mode === "build" || !(await isBuildCurrent(distDir(), fingerprint)))) {
        console.log("Construction de la version de production (next build)…");
        await forgetBuildData(distDir());
        const code = await runNode([NEXT_BIN, "build"], childEnv);
        if (code !== 0) throw new Error("La construction (next build) a échoué : voir les messages ci-dessus.");
        await bundleServer(distDir());
        await stampBuild(distDir(), fingerprint);
      }
    }
    if (!stopping && mode === "start") {
      console.log(`Site servi sur http://localhost:${env.PORT} (Ctrl-C pour arrêter).`);
      // The compiled server finishes the requests in flight on SIGTERM; the database stops once it has exited.
      const code = await runNode([path.join(distDir(), SERVER_FILE)], childEnv);
      if (code !== 0 && !stopping) throw new Error(`Le serveur s'est arrêté avec le code ${code}.`);
      if (stopping) console.log("Serveur arrêté : les requêtes en cours ont reçu leur réponse.");
    }
    if (!stopping && mode === "dev") {
      server = await startSiteServer({
        dev: true,
        port: env.PORT,
        https: env.SITE_URL.startsWith("https:"),
        trustedProxyHops: env.TRUSTED_PROXY_HOPS,
      });
      console.log(`Site de développement servi sur http://localhost:${env.PORT} (Ctrl-C pour arrêter).`);
      await stopRequested;
      await server.close();
    }
  } finally {
    await database.close();
    if (database.isEmbedded) console.log("Base embarquée arrêtée proprement.");
  }
});
