/**
 * Test support: a `DuckDBEnvironment` for node, so the real async `LessonDatabase` runs
 * against the real DuckDB-wasm eh build in a real worker thread.
 *
 * duckdb-wasm's node worker (`duckdb-node-eh.worker.cjs`) talks through the web worker
 * globals (`onmessage`, `postMessage`); a three-line bootstrap maps them onto
 * `worker_threads`, and `NodeWorker` gives the page side the `Worker` methods AsyncDuckDB
 * uses. Node-only: never import this from page code.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Worker as ThreadWorker } from 'node:worker_threads';
import { startDuckDB, type DuckDBEnvironment } from './duckdb-env';

const require = createRequire(import.meta.url);

const BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.postMessage = (message, transfer) => parentPort.postMessage(message, transfer);
parentPort.on('message', (data) => globalThis.onmessage && globalThis.onmessage({ data }));
require(workerData.script);
`;

type Listener = (event: never) => void;

/** A `worker_threads` worker behind the `Worker` interface AsyncDuckDB expects. */
class NodeWorker {
  private readonly thread: ThreadWorker;
  private readonly wrapped = new Map<Listener, (...args: unknown[]) => void>();

  constructor(script: string) {
    this.thread = new ThreadWorker(BOOTSTRAP, { eval: true, workerData: { script } });
  }

  addEventListener(type: string, listener: Listener): void {
    const call = listener as (event: unknown) => void;
    const wrapped =
      type === 'message' ? (data: unknown) => call({ data })
      : type === 'error' ? (error: unknown) => call({ message: String(error), error })
      : () => call({});
    this.wrapped.set(listener, wrapped);
    this.thread.on(type === 'close' ? 'exit' : type, wrapped);
  }

  removeEventListener(type: string, listener: Listener): void {
    const wrapped = this.wrapped.get(listener);
    if (wrapped) this.thread.off(type === 'close' ? 'exit' : type, wrapped);
  }

  postMessage(message: unknown, transfer?: ArrayBuffer[]): void {
    this.thread.postMessage(message, transfer);
  }

  terminate(): void {
    void this.thread.terminate();
  }
}

/**
 * DuckDB-wasm (eh) in a worker thread; data file URLs are file paths (or `file:` URLs), or
 * keys of `files` when given.
 */
export function nodeEnvironment(files: Record<string, string | Uint8Array> = {}): DuckDBEnvironment {
  return {
    createDuckDB: (logger) => {
      const worker = new NodeWorker(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-eh.worker.cjs'));
      return startDuckDB(worker as unknown as Worker, require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'), logger);
    },
    fetchBytes: async (url) => {
      const given = files[url];
      if (typeof given === 'string') return new TextEncoder().encode(given);
      if (given) return given.slice();
      return new Uint8Array(await readFile(url.startsWith('file:') ? new URL(url) : url));
    },
  };
}
