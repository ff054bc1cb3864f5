/**
 * Where the lesson database gets its DuckDB worker and its data files from. The page uses
 * `browserEnvironment()` (self-hosted eh bundle, same-origin fetch); node tests pass their
 * own (duckdb-node-env.ts), so `LessonDatabase` itself runs unchanged in both.
 */
import { AsyncDuckDB, ConsoleLogger, VoidLogger } from '@duckdb/duckdb-wasm';
import { assets } from '@/lib/assets';
import type { DataFileSpec } from './duckdb-sql';

/** A DuckDB-wasm instance running in its own worker. */
export interface DuckDBHandle {
  db: AsyncDuckDB;
  /**
   * Resolves with a reason if the worker dies. duckdb-wasm itself then drops its pending
   * requests without settling them, so the database races every call against this.
   */
  crashed: Promise<string>;
}

/** How to start DuckDB and fetch data files. */
export interface DuckDBEnvironment {
  /** Starts a worker and instantiates DuckDB-wasm in it (not yet opened). */
  createDuckDB(logger: boolean): Promise<DuckDBHandle>;
  /** The bytes of a lesson data file. */
  fetchBytes(url: string): Promise<Uint8Array>;
}

/** The minimal worker surface both the browser Worker and the node shim provide. */
export interface WorkerLike {
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
}

/**
 * Instantiates DuckDB in `worker` from `wasmUrl`, failing fast if the worker dies first
 * (a missing worker script or wasm would otherwise leave `instantiate` pending forever).
 */
export async function startDuckDB(worker: Worker, wasmUrl: string, logger: boolean): Promise<DuckDBHandle> {
  const crashed = new Promise<string>((resolve) => {
    (worker as unknown as WorkerLike).addEventListener('error', (event) => resolve(event.message || 'the DuckDB worker failed'));
  });
  const db = new AsyncDuckDB(logger ? new ConsoleLogger() : new VoidLogger(), worker);
  try {
    await Promise.race([
      db.instantiate(wasmUrl),
      crashed.then((reason) => Promise.reject(new Error(`DuckDB worker failed to start: ${reason}`))),
    ]);
  } catch (e) {
    await db.terminate();
    throw e;
  }
  return { db, crashed };
}

/** The page's environment: the self-hosted single-threaded (eh) bundle, no CDN, no COOP/COEP. */
export function browserEnvironment(): DuckDBEnvironment {
  return {
    createDuckDB: (logger) => {
      // Classic worker from public/vendor (copied at build time, versioned path).
      const worker = new Worker(new URL(assets.duckdbWorker, location.href));
      return startDuckDB(worker, new URL(assets.duckdbWasm, location.href).href, logger);
    },
    fetchBytes: async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

/** Fetches every data file in parallel: file name → bytes. Errors name the file. */
export async function fetchDataFiles(env: DuckDBEnvironment, specs: DataFileSpec[]): Promise<Map<string, Uint8Array>> {
  const entries = await Promise.all(
    specs.map(async (spec): Promise<[string, Uint8Array]> => {
      try {
        return [spec.file, await env.fetchBytes(spec.url)];
      } catch (e) {
        throw new Error(`Could not load data file "${spec.file}": ${(e as Error).message}`);
      }
    }),
  );
  return new Map(entries);
}
