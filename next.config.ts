import path from "node:path";
import type { NextConfig } from "next";
import { distDir } from "./lib/server/dist-dir";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The page tests build into their own folder, so they never replace the build `npm start` serves.
  distDir: distDir(),
  // Next.js's own cache, with invalidations shared by every instance through PostgreSQL (see the file).
  cacheHandler: path.resolve("lib/cache/shared-invalidation-handler.mjs"),
};

export default nextConfig;
