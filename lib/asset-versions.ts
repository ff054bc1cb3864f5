/**
 * Versions of the self-hosted runtime packages, which name their files under public/vendor.
 * They are pinned exactly in package.json; next.config.js (the site) and vitest.config.mts (the
 * unit tests) read them from there into these variables, so the page's scripts carry two strings
 * rather than the whole package.json a JSON import would bundle. Node scripts run with tsx (the
 * lake bench) never fetch these URLs; for them the paths name an 'unset' version, and so would a
 * site built without next.config.js, which then fails loudly on a 404 rather than quietly.
 */
export const ASSET_VERSIONS = {
  duckdb: process.env.DUCKDB_WASM_VERSION ?? 'unset',
  esbuild: process.env.ESBUILD_WASM_VERSION ?? 'unset',
};
