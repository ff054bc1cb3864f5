import pkg from '../package.json';

/** Versions are pinned exactly in package.json, so they name the installed files. */
export const ASSET_VERSIONS = {
  duckdb: pkg.dependencies['@duckdb/duckdb-wasm'],
  esbuild: pkg.dependencies['esbuild-wasm'],
};
