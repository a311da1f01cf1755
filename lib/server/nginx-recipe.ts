// The nginx directives `npm run deploy:nginx` prints, for the `http {}` context: a micro-cache in front of the
// site. Public pages are kept as long as the site's Cache-Control says (1 s for shared caches, see
// lib/server/cache-policy.ts), one request at a time goes to the site per page, and stale copies are served
// while a page is refreshed and while the site is down or answering 5xx. The back office, the login, the API,
// POST requests, the router's data requests and any answer that sets a cookie are never stored. Tested with
// Debian's nginx in tests/resilience/nginx.test.ts.

export type NginxRecipeOptions = {
  /** Where nginx listens: `80`, `127.0.0.1:8080`… (TLS is the operator's: add `ssl` and certificates). */
  listen: string;
  /** The site's server (`npm run serve`): `127.0.0.1:3000`, or several separated by commas. */
  upstream: string;
  serverName?: string;
  /** Where nginx keeps the cached pages: nginx creates this folder, not its parents. */
  cacheDir?: string;
};

/**
 * The default cache folder. nginx creates the last folder of `proxy_cache_path` (and gives it to its workers'
 * user) but not its parents: `/var/cache/nginx/` exists with nginx.org's packages, not with Debian's (which keep
 * their temporary files in `/var/lib/nginx/`), where `nginx -t` failed. `/var/cache/` exists on both.
 */
export const DEFAULT_CACHE_DIR = "/var/cache/groupe-sns-nginx";

const HOST_PORT = /^(\[[0-9a-f:]+\]|[a-z0-9.-]+):\d{1,5}$/i;

/** Checks the options as a person typed them; throws with a French message. */
export function checkRecipeOptions({ listen, upstream, serverName, cacheDir }: NginxRecipeOptions) {
  if (!/^(\d{1,5}|(\[[0-9a-f:]+\]|[a-z0-9.-]+):\d{1,5})$/i.test(listen))
    throw new Error(`--listen : « ${listen} » n’est ni un port ni une adresse:port (exemple : 127.0.0.1:8080).`);
  for (const server of upstream.split(","))
    if (!HOST_PORT.test(server.trim()))
      throw new Error(`--upstream : « ${server} » n’est pas une adresse:port (exemple : 127.0.0.1:3000).`);
  if (serverName !== undefined && !/^[a-z0-9.*_-]+( [a-z0-9.*_-]+)*$/i.test(serverName))
    throw new Error(`--server-name : « ${serverName} » n’est pas une liste de noms d’hôte.`);
  if (cacheDir !== undefined && !/^\/[\w./-]+$/.test(cacheDir))
    throw new Error(`--cache-dir : « ${cacheDir} » n’est pas un chemin absolu simple.`);
}

export function nginxRecipe(options: NginxRecipeOptions) {
  checkRecipeOptions(options);
  const { listen, upstream, serverName = "_", cacheDir = DEFAULT_CACHE_DIR } = options;
  const servers = upstream
    .split(",")
    .map((server) => `    server ${server.trim()};`)
    .join("\n");
  return `# Groupe SNS : micro-cache nginx devant le site (npm run deploy:nginx), dans le contexte http {}.
# Le site doit tourner avec TRUSTED_PROXY_HOPS=1 (une couche de proxy : celle-ci).
# nginx crée le dossier du cache (${cacheDir}) au démarrage, mais pas ses dossiers parents.

proxy_cache_path ${cacheDir} levels=1:2 keys_zone=groupe_sns:10m max_size=1g inactive=1d use_temp_path=off;

upstream groupe_sns_site {
${servers}
    keepalive 32;
}

# Two copies of each page at most: compressed (gzip) or not. The site compresses; nginx keeps both.
map $http_accept_encoding $groupe_sns_encoding {
    ~*gzip  gzip;
    default "";
}

server {
    listen ${listen};
    server_name ${serverName};

    proxy_http_version 1.1;
    proxy_set_header Connection "";
    # The host as the browser wrote it, port included: the site checks server actions' Origin against it.
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header Accept-Encoding $groupe_sns_encoding;

    gzip on;
    gzip_vary on;
    gzip_proxied any;
    gzip_types text/css application/javascript application/json application/geo+json image/svg+xml text/plain text/csv text/x-component;

    # The cache follows the site's Cache-Control: 1 s for public pages, a year for build files (their names
    # change with their content), never what is private or sets a cookie; GET and HEAD only.
    proxy_cache groupe_sns;
    proxy_cache_key $scheme$host$request_uri$groupe_sns_encoding;
    proxy_ignore_headers Vary;
    proxy_cache_lock on;
    proxy_cache_lock_timeout 5s;
    proxy_cache_background_update on;
    proxy_cache_revalidate on;
    proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;
    # The router's data requests (RSC) depend on the page the browser comes from: always asked of the site.
    proxy_cache_bypass $http_rsc $http_next_router_prefetch;
    proxy_no_cache $http_rsc $http_next_router_prefetch;
    add_header X-Cache-Status $upstream_cache_status always;

    # The back office, the login and the open-data API (limited per client address): never cached.
    location ~ ^/(admin|api)(/|$) {
        proxy_cache off;
        proxy_pass http://groupe_sns_site;
    }

    location / {
        proxy_pass http://groupe_sns_site;
    }
}
`;
}
