import path from "node:path";
import type { NextConfig } from "next";
import { MAX_FORM_BODY_BYTES } from "./lib/admin/limits";
import { distDir } from "./lib/server/dist-dir";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Nothing uses next/image: without the optimiser, its endpoint (/_next/image, subject of several 2026
  // advisories) serves nothing.
  images: { unoptimized: true },
  // `npm test` type-checks the whole project first (tsc --noEmit); the build it makes (tests/support/test-run.ts)
  // does not check again. Every other build does.
  typescript: { ignoreBuildErrors: process.env.SNS_BUILD_TYPECHECKED === "1" },
  // The page tests build into their own folder, so they never replace the build `npm start` serves.
  distDir: distDir(),
  // Next.js's own cache, with invalidations shared by every instance through PostgreSQL (see the file).
  cacheHandler: path.resolve("lib/cache/shared-invalidation-handler.mjs"),
  // The largest import file and the other fields of its form (lib/admin/limits.ts): below it, every refusal
  // is the application's French message; above it, the site server answers 413 before Next.js reads the body.
  // Both Next.js limits: the server actions', and the body the proxy (proxy.ts, on /admin) keeps a copy of.
  experimental: {
    serverActions: { bodySizeLimit: MAX_FORM_BODY_BYTES },
    proxyClientMaxBodySize: MAX_FORM_BODY_BYTES,
  },
};

export default nextConfig;
