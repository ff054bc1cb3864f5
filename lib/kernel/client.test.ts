import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { CompileResult } from '@/lib/compile/types';
import { sqlColumns } from '@/lib/cell-api/table';
import { Kernel, type KernelDatabase, type KernelDeps, type KernelStatus } from './client';
import type { Output } from './outputs';
import type { SqlResultData } from './protocol';
import type { RunnerWorker } from './runner-host';
import { InProcessRunner } from './in-process-runner';
import { setRunnerLang } from '@/lib/i18n/runner';

// The in-process runner installs the cell API (and a capturing console) on this global object.
const realConsole = globalThis.console;
afterAll(() => {
  globalThis.console = realConsole;
});

const ROWS: SqlResultData = { columns: [{ name: 'n', type: 'BIGINT' }], rows: [{ n: 1 }, { n: 2 }, { n: 3 }], rowCount: 3 };

class FakeDb implements KernelDatabase {
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
const compiler = {
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

function setup(overrides: Partial<KernelDeps> = {}, config: { defaultTimeoutMs?: number } = {}) {
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
afterEach(() => {
  kernels.splice(0).forEach((k) => k.dispose());
});

const tick = (ms = 10) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` holds (timing on two shared cores is anything but exact). */
async function waitUntil(check: () => boolean, ms = 2_000) {
  for (const end = Date.now() + ms; !check(); await tick(5)) if (Date.now() > end) throw new Error('condition not met in time');
}

describe('Kernel', () => {
  it('can be constructed without a browser and starts only when asked', async () => {
    const { kernel, runners, statuses, ready } = setup();
    expect(kernel.status).toBe('loading');
    expect(runners.length).toBe(0);
    kernel.start();
    kernel.start();
    await ready();
    expect(runners.length).toBe(1);
    expect(statuses).toEqual(['ready']);
    expect(compiler.start).toHaveBeenCalled();
  });

  it('runs a TS cell: console and value outputs in order, busy while running', async () => {
    const { kernel, run, statuses } = setup();
    const { result, outputs } = await run({ source: `console.log('hi'); return 6 * 7;` });
    expect(result).toMatchObject({ ok: true });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(outputs).toEqual([
      { kind: 'console', lines: [{ level: 'log', text: 'hi' }] },
      { kind: 'text', text: '42' },
    ]);
    expect(statuses).toContain('busy');
    expect(kernel.status).toBe('ready');
  });

  it('reports compile errors with their line and runs nothing', async () => {
    const { run, runners } = setup();
    const { result, outputs } = await run({ source: 'const x = (;\nSYNTAX' });
    expect(result).toMatchObject({
      ok: false,
      compileErrors: [{ line: 2, column: 16, message: 'Expected expression' }],
      error: { kind: 'error', name: 'CompileError', line: 2, column: 16 },
    });
    expect(outputs).toEqual([]);
    expect(runners[0].posted.filter((m) => m.type === 'run')).toEqual([]);
  });

  it('maps a runtime error to the cell line, keeping outputs streamed before it', async () => {
    const { run } = setup();
    const { result, outputs } = await run({ source: `console.log('before');\nthrow new Error('too many: 8');` });
    expect(result.ok).toBe(false);
    expect(result.error).toEqual({ kind: 'error', name: 'Error', message: 'too many: 8', line: 4, column: 7, stack: '    at cell:4:7' });
    expect(outputs).toEqual([{ kind: 'console', lines: [{ level: 'log', text: 'before' }] }]);
  });

  it('answers a TS cell\'s queries from the page database', async () => {
    const { run, db } = setup();
    const { result, outputs } = await run({ source: 'await db.exec("CREATE TABLE t (n INT)");\nawait sql`SELECT 1`;\nreturn sql`SELECT n FROM t WHERE n > ${1}`;' });
    expect(result.ok).toBe(true);
    expect(db.execs).toEqual(['CREATE TABLE t (n INT)']);
    // No parameters → no params argument, so the database can take its plain (multi-statement) path.
    expect(db.queries).toEqual([['SELECT 1', undefined], ['SELECT n FROM t WHERE n > $1', [1]]]);
    expect(outputs).toEqual([{ kind: 'table', columns: ROWS.columns, rows: ROWS.rows, rowCount: 3 }]);
  });

  it('maps a failed query inside a TS cell to the database error', async () => {
    const { run } = setup();
    const { result } = await run({ source: 'await sql`SELECT *\nFROM nope`;' });
    expect(result.error).toMatchObject({ name: 'Catalog Error', message: expect.stringContaining('Table with name nope does not exist!'), line: 4 });
  });

  it('refuses queries from tasks that outlive their cell', async () => {
    const { run } = setup();
    // The late task queries once the test says the run is over, not after a timer that a busy
    // machine could fire while the run is still live (the query would then rightly succeed).
    await run({
      source:
        'const late = () => globalThis.__runOver ? sql`SELECT 1`.catch((e) => (globalThis.__late = e.message)) : setTimeout(late, 1); late(); return 1;',
    });
    (globalThis as Record<string, unknown>).__runOver = true;
    await waitUntil(() => (globalThis as Record<string, unknown>).__late !== undefined);
    expect((globalThis as Record<string, unknown>).__late).toMatch(/sent after its cell had finished/);
  });

  it('runs a SQL cell on the page: capped table, true row count, rows bound by name', async () => {
    const { run, db } = setup();
    const big = await run({ lang: 'sql', source: 'SELECT * FROM BIG' });
    expect(big.outputs[0]).toMatchObject({ kind: 'table', rowCount: 12_000 });
    expect((big.outputs[0] as { rows: unknown[] }).rows.length).toBe(10_000);
    const named = await run({ lang: 'sql', source: 'SELECT n FROM t', name: '__totals' });
    expect(named.result.ok).toBe(true);
    const { outputs } = await run({ source: 'return __totals.map((r) => r.n).join(",") + " " + __totals.columns[0].type;' });
    expect(outputs).toEqual([{ kind: 'text', text: '1,2,3 BIGINT' }]);
    expect(sqlColumns((globalThis as Record<string, unknown>).__totals)).toEqual(ROWS.columns);
    expect(db.queries.map((q) => q[0])).toEqual(['SELECT * FROM BIG', 'SELECT n FROM t']);
  });

  it('converts only the rows it shows; refuses to bind a million rows by name, and unbinds the old ones', async () => {
    const { run, db } = setup();
    const shown = await run({ lang: 'sql', source: 'SELECT * FROM HUGE' });
    expect(shown.result.ok).toBe(true);
    expect(shown.outputs[0]).toMatchObject({ kind: 'table', rowCount: 1_000_000 });
    expect(db.maxRows[0]).toBe(10_000);

    expect((await run({ lang: 'sql', source: 'SELECT n FROM t', name: '__big' })).result.ok).toBe(true);
    const named = await run({ lang: 'sql', source: 'SELECT * FROM HUGE', name: '__big' });
    expect(named.result).toMatchObject({ ok: false, error: { name: 'ResultTooLarge' } });
    expect(named.result.error?.message).toMatch(/1,000,000행이라 변수 __big에 담지 않았습니다/);
    expect(named.outputs[0]).toMatchObject({ kind: 'table', rowCount: 1_000_000 });
    expect((named.outputs[0] as { rows: unknown[] }).rows.length).toBe(10_000);
    const { outputs } = await run({ source: 'return typeof __big;' });
    expect(outputs).toEqual([{ kind: 'text', text: 'undefined' }]);
  });

  it('shows no table for a statement without a result, and skips an empty SQL cell', async () => {
    const { run, db } = setup();
    expect((await run({ lang: 'sql', source: 'CREATE TABLE NORESULT (a INT)' })).outputs).toEqual([]);
    expect((await run({ lang: 'sql', source: '  \n' })).result.ok).toBe(true);
    expect(db.queries.map((q) => q[0])).toEqual(['CREATE TABLE NORESULT (a INT)']);
  });

  it('reports a SQL cell error with DuckDB\'s type and line', async () => {
    const { run } = setup();
    const { result, outputs } = await run({ lang: 'sql', source: 'SELECT *\nFROM nope' });
    expect(outputs).toEqual([]);
    expect(result.error).toMatchObject({ kind: 'error', name: 'Catalog Error', line: 2, column: 6 });
  });

  it('refuses a second concurrent run', async () => {
    const { kernel, run } = setup();
    const first = run({ source: 'await new Promise((r) => setTimeout(r, 30)); return 1;' });
    await expect(kernel.run({ cellId: 'c2', lang: 'ts', source: 'return 2;' }, () => {})).rejects.toThrow(/one at a time/);
    expect((await first).result.ok).toBe(true);
  });

  it('stop interrupts a TS run, replaces the runner (epoch+1) and keeps working', async () => {
    const { kernel, run, runners, ready } = setup();
    await run({ source: 'return 1;' });
    const pending = run({ source: "console.log('spinning'); await new Promise(() => {});" });
    await waitUntil(() => runners[0].posted.some((m) => m.type === 'run'));
    await tick(80); // past the 30 ms console batch
    expect(kernel.status).toBe('busy');
    await kernel.stop();
    const { result, outputs } = await pending;
    expect(result).toMatchObject({ ok: false, interrupted: true, error: { name: 'Interrupted' } });
    expect(result.error?.message).toMatch(/앞 셀에서 만든 변수는 사라졌/);
    expect(outputs).toEqual([{ kind: 'console', lines: [{ level: 'log', text: 'spinning' }] }]);
    expect(kernel.epoch).toBe(1);
    expect(runners[0].terminated).toBe(true);
    await ready();
    expect((await run({ source: 'return "again";' })).outputs).toEqual([{ kind: 'text', text: 'again' }]);
  });

  it('stop of a SQL run cancels the query and keeps the runner', async () => {
    const { kernel, run, db, runners } = setup();
    await run({ source: 'return 1;' });
    const pending = run({ lang: 'sql', source: 'SELECT SLOW' });
    await tick(20);
    await kernel.stop();
    const { result } = await pending;
    expect(result).toMatchObject({ ok: false, interrupted: true, error: { name: 'Interrupted', message: '중지했습니다. 쿼리를 취소했습니다.' } });
    expect(db.cancels).toBe(1);
    expect(kernel.epoch).toBe(0);
    expect(runners.length).toBe(1);
  });

  it('stop is a no-op when nothing runs', async () => {
    const { kernel, run } = setup();
    await run({ source: 'return 1;' });
    await kernel.stop();
    expect(kernel.epoch).toBe(0);
  });

  it('enforces the time limit like a stop, naming the limit and the option', async () => {
    const { kernel, run } = setup({}, { defaultTimeoutMs: 5_000 });
    const { result } = await run({ source: 'await new Promise(() => {});', timeoutMs: 50 });
    expect(result).toMatchObject({ ok: false, interrupted: true, timedOut: true, error: { name: 'Timeout' } });
    expect(result.error?.message).toMatch(/^이 셀의 실행 시간 한도\(0\.1초\).*timeout=<초>/);
    expect(kernel.epoch).toBe(1);
  });

  it('a crashed runner fails the run clearly, is replaced, and the kernel is ready again', async () => {
    const { kernel, run, runners, ready } = setup();
    await run({ source: 'return 1;' });
    const pending = run({ source: 'await new Promise(() => {});' });
    await tick(20);
    runners[0].crash('out of memory');
    const { result } = await pending;
    expect(result).toMatchObject({ ok: false, error: { name: 'RuntimeCrashed' } });
    expect(result.error?.message).toMatch(/^런타임이 비정상 종료되어 새로 시작했습니다 \(메모리 부족/);
    expect(kernel.epoch).toBe(1);
    await ready();
    expect((await run({ source: 'return 2;' })).result.ok).toBe(true);
  });

  it('a crash while idle is replaced quietly (epoch+1)', async () => {
    const { kernel, runners, ready, run } = setup();
    await run({ source: 'return 1;' });
    runners[0].crash();
    expect(kernel.epoch).toBe(1);
    await ready();
    expect(runners.length).toBe(2);
  });

  it('is dead, with a reason, when DuckDB fails to load', async () => {
    const { kernel, run } = setup({ openDatabase: async () => { throw new Error('404 duckdb-eh.wasm'); } });
    const { result } = await run({ source: 'return 1;' });
    expect(kernel.status).toBe('dead');
    expect(kernel.deathReason).toBe('DuckDB failed to load: 404 duckdb-eh.wasm');
    expect(result).toMatchObject({ ok: false, error: { name: 'KernelUnavailable' } });
  });

  it('is dead after the runner fails to start three times in a row', async () => {
    let spawned = 0;
    const broken = () => {
      spawned++;
      const w: RunnerWorker = { onmessage: null, onerror: null, postMessage() {}, terminate() {} };
      setTimeout(() => w.onerror?.({ message: 'Failed to fetch module', preventDefault() {} } as ErrorEvent), 1);
      return w;
    };
    const { kernel, run } = setup({ spawnRunner: broken });
    const { result } = await run({ source: 'return 1;' });
    expect(spawned).toBe(3);
    expect(kernel.status).toBe('dead');
    expect(kernel.deathReason).toMatch(/failed to start 3 times \(the runtime failed: Failed to fetch module\)/);
    expect(result.error?.name).toBe('KernelUnavailable');
  });

  it('restart resets the database and the runner (epoch+1 once)', async () => {
    const { kernel, run, db, ready } = setup();
    await run({ source: 'return 1;' });
    await kernel.restart();
    expect(db.resets).toBe(1);
    expect(kernel.epoch).toBe(1);
    await ready();
    const pending = run({ source: 'await new Promise(() => {});' });
    await tick(20);
    await kernel.restart();
    expect((await pending).result.interrupted).toBe(true);
    expect(kernel.epoch).toBe(2);
    expect(db.resets).toBe(2);
  });

  it('dispose ends the current run, closes the database and refuses new runs', async () => {
    const { kernel, run, db } = setup();
    await run({ source: 'return 1;' });
    const pending = run({ source: 'await new Promise(() => {});' });
    await tick(20);
    kernel.dispose();
    expect((await pending).result).toMatchObject({ ok: false, interrupted: true });
    expect(kernel.status).toBe('dead');
    await tick();
    expect(db.closed).toBe(true);
    expect((await run({ source: 'return 1;' })).result.error?.name).toBe('KernelUnavailable');
  });

  it('a throwing output handler does not wedge the kernel', async () => {
    const { kernel } = setup();
    const error = vi.spyOn(realConsole, 'error').mockImplementation(() => {});
    const result = await kernel.run({ cellId: 'c', lang: 'ts', source: 'return 1;' }, () => {
      throw new Error('render bug');
    });
    expect(result.ok).toBe(true);
    error.mockRestore();
  });
});

describe('Kernel before DuckDB has loaded', () => {
  it('runs a TS cell at once, and a query from a cell waits for the database', async () => {
    const db = new FakeDb();
    let open!: () => void;
    const opened = new Promise<void>((r) => (open = r));
    const { kernel, run } = setup({ openDatabase: async () => (await opened, db) });
    const dbChanges: boolean[] = [];
    kernel.onDatabase(() => dbChanges.push(kernel.databaseReady));
    const quick = await run({ source: 'return 6 * 7;' });
    expect(quick.result.ok).toBe(true);
    expect(kernel.databaseReady).toBe(false);
    const querying = run({ source: "const rows = await sql`SELECT n FROM t`; return rows.length;" });
    await tick(30);
    expect(db.queries).toEqual([]); // still waiting for DuckDB
    open();
    const { result, outputs } = await querying;
    expect(result.ok).toBe(true);
    expect(outputs.at(-1)).toMatchObject({ kind: 'text', text: '3' });
    expect(dbChanges).toContain(true);
  });

  it('does not count the wait for DuckDB against the time limit, but counts the cell\'s own time', async () => {
    const db = new FakeDb();
    let open!: () => void;
    const opened = new Promise<void>((r) => (open = r));
    const { run } = setup({ openDatabase: async () => (await opened, db) });
    const waiting = run({ source: "const rows = await sql`SELECT n FROM t`; return rows.length;", timeoutMs: 100 });
    await tick(250); // longer than the limit, all of it waiting for the database
    open();
    const { result, outputs } = await waiting;
    expect(result.ok).toBe(true);
    expect(outputs.at(-1)).toMatchObject({ kind: 'text', text: '3' });
    const slow = await run({ source: "await sql`SELECT 1`; await new Promise(() => {});", timeoutMs: 100 });
    expect(slow.result).toMatchObject({ ok: false, timedOut: true });
  });
});

describe('Kernel and the interface language', () => {
  afterEach(() => setRunnerLang('ko')); // the in-process runner shares this module's language

  it('tells each new runner the language first, and the live runner every switch', async () => {
    let lang: 'ko' | 'en' = 'en';
    const watchers = new Set<() => void>();
    const switchTo = (next: 'ko' | 'en') => ((lang = next), watchers.forEach((cb) => cb()));
    const { kernel, runners, ready, run } = setup({ uiLang: () => lang, watchUiLang: (cb) => (watchers.add(cb), () => void watchers.delete(cb)) });
    const flood = 'for (let i = 0; i < 1005; i++) console.log(i);\nreturn 1;';
    const capNote = (outputs: Output[]) => JSON.stringify(outputs).match(/… [^"]*/)?.[0];

    kernel.start();
    await ready();
    expect(runners[0].posted[0]).toEqual({ type: 'lang', lang: 'en' });
    expect(capNote((await run({ source: flood })).outputs)).toMatch(/^… 5 more lines of output left out/);

    switchTo('ko');
    expect(runners[0].posted.at(-1)).toEqual({ type: 'lang', lang: 'ko' });
    expect(capNote((await run({ source: flood })).outputs)).toMatch(/^… 출력 5줄을 더 생략했습니다/);

    switchTo('en');
    runners[0].crash();
    await ready();
    expect(runners[1].posted[0]).toEqual({ type: 'lang', lang: 'en' });
    kernel.dispose();
    expect(watchers.size).toBe(0);
  });
});
