/**
 * Test support: a real DuckDB-wasm (the same eh build the page uses) running synchronously
 * in node through duckdb-wasm's blocking node bindings. Tests get genuine Arrow results
 * from genuine DuckDB, never mocks. Node-only: never import this from page code.
 */
import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { ArrowResult } from './convert';

const require = createRequire(import.meta.url);

/** Absolute path of a file in duckdb-wasm's `dist/`. */
export function duckdbDistFile(name: string): string {
  return require.resolve(`@duckdb/duckdb-wasm/dist/${name}`);
}

/** A synchronous DuckDB connection for tests. */
export interface BlockingDuckDB {
  /** Runs SQL and returns its Arrow table. */
  query(sql: string): ArrowResult;
  close(): void;
}

/** Opens an in-memory DuckDB with extension autoloading off, as the page configures it. */
export async function openBlockingDuckDB(): Promise<BlockingDuckDB> {
  const wasm = duckdbDistFile('duckdb-eh.wasm');
  const db = await duckdb.createDuckDB(
    { mvp: { mainModule: wasm, mainWorker: '' }, eh: { mainModule: wasm, mainWorker: '' } },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({});
  const conn = db.connect();
  // Without this, a query needing a missing extension tries to download it and hangs.
  conn.query('SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;');
  return {
    query: (sql) => conn.query(sql),
    close: () => {
      conn.close();
      db.reset();
    },
  };
}
