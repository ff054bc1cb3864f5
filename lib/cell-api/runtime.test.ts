import { afterAll, describe, expect, it } from 'vitest';
import type { DoneMessage, PageToRunner, RunnerToPage, SqlRequestMessage } from '@/lib/kernel/protocol';
import { startRunner, type RunnerRuntime } from './runtime';
import { sqlColumns } from './table';

// The runtime installs the cell API (and a capturing console) on the global object, as in the worker.
const realConsole = globalThis.console;
afterAll(() => {
  globalThis.console = realConsole;
});

function setup() {
  const sent: RunnerToPage[] = [];
  let handler: (m: PageToRunner) => void = () => {};
  const runtime: RunnerRuntime = startRunner({ post: (m) => void sent.push(m), listen: (h) => void (handler = h) });
  let runId = 0;
  const waitFor = async <T extends RunnerToPage>(pred: (m: RunnerToPage) => m is T): Promise<T> => {
    for (let i = 0; i < 200; i++) {
      const found = sent.find(pred);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error('timed out waiting for a message');
  };
  /** Runs `body` as compiled code would: an async function evaluated in the global scope. */
  const run = (body: string) => {
    const id = ++runId;
    handler({ type: 'run', runId: id, cellId: 'c', code: `(async () => {\n${body}\n})` });
    return { id, done: () => waitFor((m): m is DoneMessage => m.type === 'done' && m.runId === id) };
  };
  const outputs = (id: number) => sent.flatMap((m) => (m.type === 'output' && m.runId === id ? [m.output] : []));
  return { sent, send: (m: PageToRunner) => handler(m), run, outputs, runtime, waitFor };
}

describe('startRunner', () => {
  it('announces readiness at once', () => {
    expect(setup().sent).toEqual([{ type: 'ready' }]);
  });

  it('returns the last value as an output, and shares globals between runs', async () => {
    const r = setup();
    const first = r.run(`globalThis.answer = 21; return answer * 2;`);
    expect(await first.done()).toEqual({ type: 'done', runId: first.id, ok: true, value: { kind: 'text', text: '42' } });
    const second = r.run(`return answer;`);
    expect((await second.done()).ok).toBe(true);
    const nothing = r.run(`return undefined;`);
    expect(await nothing.done()).toEqual({ type: 'done', runId: nothing.id, ok: true });
  });

  it('streams console, display, table and chart outputs in order before done', async () => {
    const r = setup();
    const { id, done } = r.run(`
      console.log('hello', 1);
      display('text', [{ a: 1 }]);
      console.warn('after');
      table([{ n: 1 }, { n: 2 }]);
      chart({ type: 'bar', data: [{ x: 'a', y: 1 }], x: 'x', y: 'y' });
      return display('ignored');`);
    expect((await done()).ok).toBe(true);
    expect(r.outputs(id).map((o) => o.kind)).toEqual(['console', 'text', 'table', 'console', 'table', 'chart', 'text']);
    expect(r.outputs(id)[0]).toEqual({ kind: 'console', lines: [{ level: 'log', text: 'hello 1' }] });
    const doneMsg = r.sent.find((m) => m.type === 'done' && m.runId === id);
    expect(doneMsg).toEqual({ type: 'done', runId: id, ok: true });
  });

  it('reports thrown errors of any kind', async () => {
    const r = setup();
    const e = await r.run(`throw new TypeError('bad thing');`).done();
    expect(e).toMatchObject({ ok: false, error: { name: 'TypeError', message: 'bad thing' } });
    expect(e.ok === false && e.error.stack).toContain('TypeError: bad thing');
    expect(await r.run(`throw 'x';`).done()).toMatchObject({ ok: false, error: { name: 'Uncaught', message: expect.stringMatching(/^x /) } });
    expect(await r.run(`throw { a: 1 };`).done()).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^\{ a: 1 \}/) } });
    const chartError = await r.run(`chart({ type: 'pie' });`).done();
    expect(chartError).toMatchObject({ ok: false, error: { name: 'ChartError', message: expect.stringContaining("type must be one of") } });
  });

  it('flushes console lines logged before an error', async () => {
    const r = setup();
    const { id, done } = r.run(`console.log('step 1'); throw new Error('boom');`);
    await done();
    expect(r.outputs(id)).toEqual([{ kind: 'console', lines: [{ level: 'log', text: 'step 1' }] }]);
  });

  it('ends the run on an error outside its promise chain, exactly once', async () => {
    const r = setup();
    (globalThis as Record<string, unknown>).__runtime = r.runtime;
    const { id, done } = r.run(`
      Promise.resolve().then(() => __runtime.failCurrentRun(new Error('dropped promise')));
      return 1;`);
    expect(await done()).toMatchObject({ ok: false, error: { message: 'dropped promise' } });
    await new Promise((res) => setTimeout(res, 20));
    expect(r.sent.filter((m) => m.type === 'done' && m.runId === id).length).toBe(1);
    expect(r.runtime.failCurrentRun(new Error('idle'))).toBe(false);
  });

  it('answers Busy for a second run while one is in progress', async () => {
    const r = setup();
    (globalThis as Record<string, unknown>).__release = undefined;
    const slow = r.run(`await new Promise((res) => { globalThis.__release = res; }); return 'slow';`);
    const busy = r.run(`return 1;`);
    expect(await busy.done()).toMatchObject({ ok: false, error: { name: 'Busy' } });
    (globalThis as unknown as { __release: () => void }).__release();
    expect(await slow.done()).toMatchObject({ ok: true, value: { text: 'slow' } });
  });

  it('sends queries to the page and resolves them with the reply', async () => {
    const r = setup();
    const { id, done } = r.run(`const rows = await sql\`SELECT n FROM t WHERE n > \${1}\`; globalThis.__rows = rows; return rows;`);
    const req = await r.waitFor((m): m is SqlRequestMessage => m.type === 'sql-request');
    expect(req).toEqual({ type: 'sql-request', reqId: req.reqId, runId: id, op: 'query', text: 'SELECT n FROM t WHERE n > $1', params: [1] });
    r.send({ type: 'sql-reply', reqId: req.reqId, ok: true, result: { columns: [{ name: 'n', type: 'BIGINT' }], rows: [{ n: 2 }], rowCount: 1 } });
    expect(await done()).toEqual({
      type: 'done', runId: id, ok: true,
      value: { kind: 'table', columns: [{ name: 'n', type: 'BIGINT' }], rows: [{ n: 2 }], rowCount: 1 },
    });
    expect(sqlColumns((globalThis as Record<string, unknown>).__rows)).toEqual([{ name: 'n', type: 'BIGINT' }]);
  });

  it('turns a failed query into an error with the database error name', async () => {
    const r = setup();
    const { done } = r.run(`await db.exec('DROP TABLE nope');`);
    const req = await r.waitFor((m): m is SqlRequestMessage => m.type === 'sql-request');
    expect(req.op).toBe('exec');
    r.send({ type: 'sql-reply', reqId: req.reqId, ok: false, error: { name: 'Catalog Error', message: 'Table with name nope does not exist!' } });
    expect(await done()).toMatchObject({ ok: false, error: { name: 'Catalog Error', message: 'Table with name nope does not exist!' } });
  });

  it('binds globals (with SQL column types) and answers pings', () => {
    const r = setup();
    r.send({ type: 'bind', name: '__totals', value: [{ a: 1 }], columns: [{ name: 'a', type: 'INTEGER' }] });
    const bound = (globalThis as Record<string, unknown>).__totals;
    expect(bound).toEqual([{ a: 1 }]);
    expect(sqlColumns(bound)).toEqual([{ name: 'a', type: 'INTEGER' }]);
    r.send({ type: 'ping' });
    expect(r.sent.at(-1)).toEqual({ type: 'pong' });
  });

  it('drops outputs of tasks that outlive their run', async () => {
    const r = setup();
    // The task fires only when the test says so, after the run has ended (a timer could fire
    // before the end on a busy machine).
    const { id, done } = r.run(`new Promise((fire) => (globalThis.__fireLate = fire)).then(() => console.log('late')); return 1;`);
    await done();
    (globalThis as unknown as { __fireLate: () => void }).__fireLate();
    await new Promise((res) => setTimeout(res, 20));
    expect(r.outputs(id)).toEqual([]);
  });
});
