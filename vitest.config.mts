import { defineConfig } from 'vitest/config';
import path from 'node:path';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  resolve: { alias: { '@': path.dirname(new URL(import.meta.url).pathname) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Real DuckDB-wasm and esbuild-wasm start in these tests: generous budgets for 2 shared cores.
    testTimeout: 60000,
    hookTimeout: 60000,
    // lib/asset-versions.ts reads these; next.config.js sets the same for the site.
    env: { DUCKDB_WASM_VERSION: pkg.dependencies['@duckdb/duckdb-wasm'], ESBUILD_WASM_VERSION: pkg.dependencies['esbuild-wasm'] },
  },
});
