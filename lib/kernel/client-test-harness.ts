/**
 * Shared doubles for the kernel client tests: a fake page database, a compiler that runs plain JS
 * bodies, a source mapper, and `setup()` wiring them to a Kernel with an in-process runner.
 */
import { vi } from 'vitest';
import type { CompileResult } from '@/lib/compile/types';
import { Kernel, type KernelDatabase, type KernelDeps, type KernelStatus } from './client';
import type { Output } from './outputs';
import type { SqlResultData } from './protocol';
import { InProcessRunner } from './in-process-runner';

export const ROWS: SqlResultData = { columns: [{ name: 'n', type: 'BIGINT' }], rows: [{ n: 1 }, { n: 2 }, { n: 3 }], rowCount: 3 };

/** A page database double: records queries; SQL text picks the behaviour (HUGE, SLOW, nope…). */
export class FakeDb implements KernelDatabase {
  queries: [string, unknown[] | undefined][] = [];
  maxRows: (number | undefined)[] = [];
  execs: string[] = [];
  resets = 0;
  closed = false;
  cancels = 0;
  private pending?: (e: Error) => void;
  async query(sql: string, params?: unknown[], options?: { maxRows?: number }): Promise<SqlResultData> {
    this.queries.push([sql, params]);
    this.maxRows.push(options?.maxRows);
    if (sql.includes('HUGE')) {
      // Like LessonDatabase: only the first maxRows rows are converted, rowCount is the total.
      const kept = Math.min(1_000_000, options?.maxRows ?? Infinity);
      return { columns: ROWS.columns, rows: Array.from({ length: kept }, (_, n) => ({ n })), rowCount: 1_000_000 };
    }
    if (sql.includes('nope')) throw new Error('Catalog Error: Table with name nope does not exist!\n\nLINE 2: FROM nope\n             ^');
    if (sql.includes('SLOW')) return new Promise((_, reject) => (this.pending = reject));
    if (sql.includes('NORESULT')) return { columns: [], rows: [], rowCount: 0 };
    if (sql.includes('BIG')) return { columns: ROWS.columns, rows: Array.from({ length: 12_000 }, (_, n) => ({ n })), rowCount: 12_000 };
    return structuredClone(ROWS);
  }
  async exec(sql: string) {
    this.execs.push(sql);
  }
  async cancel() {
    this.cancels++;
    this.pending?.(new Error('INTERRUPT Error: Interrupted!'));
    return true;
  }
  async reset() {
    this.resets++;
  }
  close() {
    this.closed = true;
  }
}

/** Compiles "cells" written as plain JS bodies: `return` gives the value. */
export const compiler = {
  start: vi.fn(),
  ready: Promise.resolve(),
  async compile(source: string, cellId: string): Promise<CompileResult> {
    if (source.includes('SYNTAX')) return { ok: false, cellId, errors: [{ line: 2, column: 16, message: 'Expected expression' }] };
    return { ok: true, cellId, code: `(async () => {\n${source}\n})`, map: '{}', declared: [], hasValue: true };
  },
};
const mapper = {
  locateRuntimeError: (stack: string) => (stack.includes('<anonymous>') || stack.includes('eval') ? { line: 4, column: 7 } : undefined),
  cellStack: () => '    at cell:4:7',
};

/** A kernel on the fakes above with an in-process runner, plus a `run` helper. */
export function setup(overrides: Partial<KernelDeps> = {}, config: { defaultTimeoutMs?: number } = {}) {
  const db = new FakeDb();
  const runners: InProcessRunner[] = [];
  const deps: Partial<KernelDeps> = {
    spawnRunner: () => {
      const r = new InProcessRunner();
      runners.push(r);
      return r;
    },
    openDatabase: async () => db,
    loadCompiler: async () => compiler,
    loadSourceMapper: async () => mapper,
    locks: () => undefined,
    ...overrides,
  };
  const kernel = new Kernel({ slug: 'test', dataFiles: [], clock: '2024-01-16T09:00:00', ...config }, deps);
  const statuses: KernelStatus[] = [];
  kernel.onStatus((s) => statuses.push(s));
  kernels.push(kernel);
  const run = async (req: { lang?: 'ts' | 'sql'; source: string; name?: string; timeoutMs?: number }) => {
    const outputs: Output[] = [];
    const result = await kernel.run({ cellId: 'c1', lang: 'ts', ...req }, (o) => outputs.push(o));
    return { result, outputs };
  };
  const ready = () => new Promise<void>((resolve) => {
    if (kernel.status === 'ready') return resolve();
    const off = kernel.onStatus((s) => s === 'ready' && (off(), resolve()));
  });
  return { kernel, db, runners, statuses, run, ready };
}

const kernels: Kernel[] = [];
/** Disposes every kernel `setup` made (call it in `afterEach`). */
export function disposeKernels(): void {
  kernels.splice(0).forEach((k) => k.dispose());
}

/** Waits `ms` milliseconds. */
export const tick = (ms = 10) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` holds (timing on two shared cores is anything but exact). */
export async function waitUntil(check: () => boolean, ms = 2_000) {
  for (const end = Date.now() + ms; !check(); await tick(5)) if (Date.now() > end) throw new Error('condition not met in time');
}
