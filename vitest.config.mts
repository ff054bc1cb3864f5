import { defineConfig } from 'vitest/config';
import os from 'node:os';
import path from 'node:path';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  resolve: { alias: { '@': path.dirname(new URL(import.meta.url).pathname) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Real DuckDB-wasm and esbuild-wasm start in these tests: generous budgets for 2 shared cores.
    testTimeout: 60000,
    // Every core, not vitest's default of one fewer: most of these tests wait on wasm workers, and
    // on 2 cores one test file at a time took 228 s against 123 s for two.
    maxWorkers: Math.max(2, os.availableParallelism()),
    hookTimeout: 60000,
    // lib/asset-versions.ts reads these; next.config.js sets the same for the site.
    env: { DUCKDB_WASM_VERSION: pkg.dependencies['@duckdb/duckdb-wasm'], ESBUILD_WASM_VERSION: pkg.dependencies['esbuild-wasm'] },
  },
});
