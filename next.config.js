// @ts-check
/**
 * Static export: the whole site is HTML + JS + wasm served by any static host.
 * BASE_PATH (or NEXT_PUBLIC_BASE_PATH) puts the same site under a sub-path, e.g. a GitHub project
 * page: `BASE_PATH=/de-notebook npm run build`. Next.js then prefixes its own pages and /_next
 * assets; everything the app builds itself goes through lib/assets.ts `sitePath()`, which reads the
 * NEXT_PUBLIC_BASE_PATH set below. assetPrefix stays unset: it is for serving /_next from another
 * origin (a CDN), and the site fetches nothing from other origins.
 * @type {import('next').NextConfig}
 */
const basePath = require('./scripts/base-path.cjs').basePath();
const { dependencies } = require('./package.json');

module.exports = {
  output: 'export',
  basePath,
  trailingSlash: true,
  reactStrictMode: true,
  images: { unoptimized: true },
  // `npm test` type-checks the whole project once before its two builds; SKIP_BUILD_TYPECHECK=1
  // keeps each build from repeating it (about 20 s apiece on 2 cores). Plain builds still check.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === '1' },
  // A CI run builds a clean clone once and throws it away: writing Turbopack's build cache to
  // disk there cost 10-14 s per build for nothing. Local rebuilds keep it.
  experimental: { turbopackFileSystemCacheForBuild: !process.env.CI },
  env: {
    NEXT_PUBLIC_BASE_PATH: basePath,
    // lib/asset-versions.ts: the vendor file paths, inlined instead of bundling package.json.
    DUCKDB_WASM_VERSION: dependencies['@duckdb/duckdb-wasm'],
    ESBUILD_WASM_VERSION: dependencies['esbuild-wasm'],
  },
};
