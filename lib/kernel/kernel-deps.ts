/**
 * What the kernel is built from: the runner worker, the page's DuckDB, the compiler and the
 * source-map helpers. The defaults load them lazily (dynamic imports keep DuckDB and esbuild out
 * of the page's first bundle and out of server rendering); tests inject fakes.
 */
import type { CompileResult } from '@/lib/compile/types';
import { lazyCodec } from '@/lib/lake/lazy-codec';
import type { LakeCodec } from '@/lib/lake/service';
import type { UiLang } from '@/lib/i18n/messages';
import { getUiLang, subscribeUiLang } from '@/lib/i18n/ui-lang';
import type { LoadColumn, SqlResultData } from './protocol';
import type { RunnerWorker } from './runner-host';
import { adoptPrewarmed, prewarm } from './runner-prewarm';
import type { SourceMapper } from './run-errors';

/** The part of `LessonDatabase` (lib/kernel/duckdb.ts) the kernel uses. */
export interface KernelDatabase {
  /** `options.maxRows` converts only the first rows; `rowCount` stays the true total. */
  query(sql: string, params?: unknown[], options?: { maxRows?: number }): Promise<SqlResultData>;
  exec(sql: string): Promise<void>;
  /** Bulk-loads columns into a table (`db.load` in a cell); absent in fakes that never load. */
  load?(table: string, columns: LoadColumn[], rowCount: number, mode: 'replace' | 'append'): Promise<void>;
  cancel(): Promise<boolean>;
  reset(): Promise<void> | void;
  close(): Promise<void> | void;
  /** A query's result as an Arrow IPC stream (the Parquet lake); absent in fakes. */
  queryArrow?(sql: string, params?: unknown[]): Promise<Uint8Array>;
  /** Creates a table from an Arrow IPC stream (the Parquet lake); absent in fakes. */
  insertArrow?(name: string, ipc: Uint8Array): Promise<void>;
}

/** The compiler handle of `lib/compile/client.ts`. */
export interface KernelCompiler {
  start(): void;
  ready: Promise<void>;
  compile(source: string, cellId: string): Promise<CompileResult>;
}

/** Factories the kernel calls from `start()` on; replace any of them in tests. */
export interface KernelDeps {
  spawnRunner(): RunnerWorker;
  openDatabase(options: { dataFiles: { file: string; url: string; table?: string }[]; clock: string }): Promise<KernelDatabase>;
  loadCompiler(): Promise<KernelCompiler>;
  loadSourceMapper(): Promise<SourceMapper>;
  /** The page's Web Locks, used to notice a runner that died silently. */
  locks(): LockManager | undefined;
  /** The lake's Parquet codec (a worker started on first use). */
  lakeCodec(): LakeCodec & { dispose?(): void };
  /** The interface language now, which the runner writes its messages in. */
  uiLang(): UiLang;
  /** Calls `cb` when the interface language changes; returns the unsubscribe. */
  watchUiLang(cb: () => void): () => void;
}

// The literal `new Worker(new URL(...), { type: 'module' })` form is what the bundler detects.
const newRunnerWorker = () => new Worker(new URL('./runner.worker.ts', import.meta.url), { type: 'module' });

/** Starts the first runner while the lesson page hydrates (see runner-prewarm.ts); the kernel's first `spawnRunner` adopts it. */
export function prewarmRunner(): void {
  prewarm(newRunnerWorker);
}

/** The real dependencies: browser-only, and only touched when called. */
export function defaultKernelDeps(): KernelDeps {
  return {
    spawnRunner: () => adoptPrewarmed() ?? newRunnerWorker(),
    openDatabase: async (options) => (await import('./duckdb')).LessonDatabase.open(options),
    loadCompiler: async () => (await import('@/lib/compile/client')).getCompiler(),
    loadSourceMapper: () => import('@/lib/compile/sourcemap'),
    locks: () => (typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : undefined),
    lakeCodec: () => lazyCodec(async () => (await import('@/lib/lake/codec-client')).workerCodec()),
    uiLang: getUiLang,
    watchUiLang: subscribeUiLang,
  };
}
