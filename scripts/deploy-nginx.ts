// npm run deploy:nginx -- --listen 127.0.0.1:8080 --upstream 127.0.0.1:3000 [--server-name www.groupe-sns.fr]
//                         [--cache-dir /var/cache/groupe-sns-nginx]
// Prints the nginx directives of a micro-cache in front of the site (lib/server/nginx-recipe.ts), to place in
// the `http {}` context (for instance /etc/nginx/conf.d/groupe-sns.conf). Run the site with TRUSTED_PROXY_HOPS=1.
import { parseArgs } from "node:util";
import { nginxRecipe } from "@/lib/server/nginx-recipe";
import { runMain } from "@/scripts/run-main";

runMain(async () => {
  const { values } = parseArgs({
    options: {
      listen: { type: "string", default: "80" },
      upstream: { type: "string", default: "127.0.0.1:3000" },
      "server-name": { type: "string" },
      "cache-dir": { type: "string" },
    },
  });
  process.stdout.write(
    nginxRecipe({
      listen: values.listen,
      upstream: values.upstream,
      serverName: values["server-name"],
      cacheDir: values["cache-dir"],
    }),
  );
});
