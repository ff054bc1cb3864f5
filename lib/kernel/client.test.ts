import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { sqlColumns } from '@/lib/cell-api/table';
import type { RunnerWorker } from './runner-host';
import { compiler, disposeKernels, ROWS, setup, tick, waitUntil } from './client-test-harness';

// The in-process runner installs the cell API (and a capturing console) on this global object.
const realConsole = globalThis.console;
afterAll(() => {
  globalThis.console = realConsole;
});
afterEach(disposeKernels);

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
