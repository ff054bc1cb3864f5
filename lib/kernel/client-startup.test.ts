/**
 * The kernel client while it starts: TS cells before DuckDB has loaded, and the interface
 * language reaching every runner.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { setRunnerLang } from '@/lib/i18n/runner';
import type { Output } from './outputs';
import { disposeKernels, FakeDb, setup, tick } from './client-test-harness';

// The in-process runner installs the cell API (and a capturing console) on this global object.
const realConsole = globalThis.console;
afterAll(() => {
  globalThis.console = realConsole;
});
afterEach(disposeKernels);

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
