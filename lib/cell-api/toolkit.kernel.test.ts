/**
 * The toolkit end to end in node: the real compiler, runner core and DuckDB (no mocks but the
 * threads). The lesson clock agrees between TS and SQL and moves both; `db.load` creates typed
 * tables; transactions, MERGE and INSERT OR REPLACE work from a cell through `db.exec` / `sql`.
 */
import * as esbuild from 'esbuild-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCell } from '@/lib/compile/compile';
import * as sourcemap from '@/lib/compile/sourcemap';
import { Kernel } from '@/lib/kernel/client';
import { LessonDatabase } from '@/lib/kernel/duckdb';
import { nodeEnvironment } from '@/lib/kernel/duckdb-node-env';
import { InProcessRunner } from '@/lib/kernel/in-process-runner';
import type { Output } from '@/lib/kernel/outputs';

const realConsole = globalThis.console;
let kernel: Kernel;

beforeAll(() => {
  kernel = new Kernel(
    { slug: 'toolkit', dataFiles: [], clock: '2024-03-01T09:15:00' },
    {
      spawnRunner: () => new InProcessRunner(),
      openDatabase: (options) => LessonDatabase.open(options, nodeEnvironment({})),
      loadCompiler: async () => ({ start() {}, ready: Promise.resolve(), compile: (s: string, id: string) => compileCell(esbuild, s, id) }),
      loadSourceMapper: async () => sourcemap,
      locks: () => undefined,
    },
  );
  kernel.start();
});
afterAll(() => {
  kernel.dispose();
  globalThis.console = realConsole;
});

async function run(lang: 'ts' | 'sql', source: string) {
  const outputs: Output[] = [];
  const result = await kernel.run({ cellId: `c-${lang}`, lang, source }, (o) => outputs.push(o));
  const text = outputs.flatMap((o) => (o.kind === 'text' ? [o.text] : [])).join('\n');
  const lines = outputs.flatMap((o) => (o.kind === 'console' ? o.lines.map((l) => l.text) : []));
  return { result, outputs, text, lines };
}

describe('the lesson clock in a kernel', () => {
  it('is the same in TS and SQL, and moving it moves the SQL macros before the next query', async () => {
    const same = await run('ts', [
      'const s = await sql.one`SELECT lesson_now() AS now, lesson_today() AS today, lesson_yesterday() AS y`;',
      '[clock.format(), clock.today(), clock.yesterday(), s!.now, s!.today, s!.y].join(" ")',
    ].join('\n'));
    expect(same.result.error).toBeUndefined();
    expect(same.text).toBe('2024-03-01 09:15:00 2024-03-01 2024-02-29 2024-03-01 09:15:00 2024-03-01 2024-02-29');

    const moved = await run('ts', [
      "clock.advance({ days: 1, hours: 2, ms: 500 });",
      'const t = await sql.one`SELECT CAST(lesson_now() AS VARCHAR) AS now, lesson_yesterday() AS y, lesson_now() = ${clock.now()} AS same`;',
      '`${clock.format(clock.now(), "YYYY-MM-DD HH:mm:ss.SSS")} ${t!.now} ${t!.y} ${t!.same}`',
    ].join('\n'));
    expect(moved.result.error).toBeUndefined();
    expect(moved.text).toBe('2024-03-02 11:15:00.500 2024-03-02 11:15:00.5 2024-03-01 true');

    // A SQL cell (no runner involved) sees the moved clock too.
    const sqlCell = await run('sql', 'SELECT lesson_today() AS today');
    expect((sqlCell.outputs[0] as Extract<Output, { kind: 'table' }>).rows).toEqual([{ today: '2024-03-02' }]);
  }, 60_000);

  it('keeps the moved clock for the next run and a replaced runner; Restart puts it back', async () => {
    await run('ts', "clock.set('2024-05-05 05:05:05');");
    expect((await run('ts', 'clock.format()')).text).toBe('2024-05-05 05:05:05');
    const epoch = kernel.epoch;
    const pending = run('ts', 'await sql`SELECT COUNT(*) FROM range(100000000000) a`;');
    await new Promise((r) => setTimeout(r, 300));
    await kernel.stop();
    await pending;
    expect(kernel.epoch).toBe(epoch + 1);
    expect((await run('ts', '`${clock.format()} ${await sql.value`SELECT lesson_now()`}`')).text).toBe('2024-05-05 05:05:05 2024-05-05 05:05:05');
    expect((await run('ts', 'clock.reset(); clock.format()')).text).toBe('2024-03-01 09:15:00');
    await run('ts', "clock.advance('3d');");
    await kernel.restart();
    expect((await run('ts', '`${clock.today()} ${await sql.value`SELECT lesson_today()`}`')).text).toBe('2024-03-01 2024-03-01');
  }, 60_000);
});

describe('db.load in a kernel', () => {
  it('creates a typed table from JS rows, with NULLs, and appends by column name', async () => {
    const { result, text } = await run('ts', [
      'const rows = [',
      "  { id: 1, day: '2024-01-15', at_time: '2024-01-15 08:00:00', amount: 1200.5, n: 3, ok: true, city: \"O'Brien\", seen: new Date(Date.UTC(2024, 0, 15, 8)) },",
      "  { id: 2, day: '2024-01-16', at_time: '2024-01-16 09:30:00.250', amount: null, n: 4, ok: false, city: null, seen: null },",
      '];',
      "const loaded = await db.load('loaded', rows);",
      "await db.load('loaded', [{ city: '부산 ☕', id: 3 }], { mode: 'append' });",
      "const types = await sql`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'loaded' ORDER BY ordinal_position`;",
      "const back = await sql`SELECT id, day, CAST(at_time AS VARCHAR) AS at_time, amount, n, ok, city, seen = at_time AS same FROM loaded ORDER BY id`;",
      'JSON.stringify({ loaded, types: types.map((t) => `${t.column_name}:${t.data_type}`), back })',
    ].join('\n'));
    expect(result.error).toBeUndefined();
    expect(JSON.parse(text)).toEqual({
      loaded: 2,
      types: ['id:BIGINT', 'day:DATE', 'at_time:TIMESTAMP', 'amount:DOUBLE', 'n:BIGINT', 'ok:BOOLEAN', 'city:VARCHAR', 'seen:TIMESTAMP'],
      back: [
        { id: 1, day: '2024-01-15', at_time: '2024-01-15 08:00:00', amount: 1200.5, n: 3, ok: true, city: "O'Brien", same: true },
        { id: 2, day: '2024-01-16', at_time: '2024-01-16 09:30:00.25', amount: null, n: 4, ok: false, city: null, same: null },
        { id: 3, day: null, at_time: null, amount: null, n: null, ok: null, city: '부산 ☕', same: null },
      ],
    });
  }, 60_000);

  it('copies a query result with its SQL types, and loads 200,000 rows quickly', async () => {
    const { result, text, lines } = await run('ts', [
      "const big = Array.from({ length: 200_000 }, (_, i) => ({ i, kind: i % 3 ? 'click' : 'payment', amount: i % 7 ? i / 4 : null }));",
      'const t0 = performance.now();',
      "await db.load('big', big);",
      'const ms = performance.now() - t0;',
      "const copy = await sql`SELECT kind, COUNT(*)::INTEGER AS n, SUM(amount) AS total FROM big GROUP BY kind ORDER BY kind`;",
      "await db.load('copy', copy);",
      "const types = await sql`SELECT data_type FROM information_schema.columns WHERE table_name = 'copy' ORDER BY ordinal_position`;",
      "console.log('load ms', Math.round(ms));",
      'JSON.stringify({ n: await sql.value`SELECT COUNT(*) FROM big`, copy: await sql`SELECT * FROM copy ORDER BY kind`, types: types.map((t) => t.data_type) })',
    ].join('\n'));
    expect(result.error).toBeUndefined();
    const parsed = JSON.parse(text);
    expect(parsed.n).toBe(200_000);
    expect(parsed.types).toEqual(['VARCHAR', 'BIGINT', 'DOUBLE']);
    expect(parsed.copy.map((r: { n: number }) => r.n)).toEqual([133_333, 66_667]);
    // Its speed is a figure of `npm run bench` (cell `dbload`), not an assertion here.
  }, 120_000);

  it('fails with a readable error for a bad table name or rows that are not objects', async () => {
    const bad = await run('ts', "await db.load('no such', [{ a: 1 }]);");
    expect(bad.result.error?.message).toMatch(/Invalid table name/);
    const notRows = await run('ts', "await db.load('t', [1, 2] as any);");
    expect(notRows.result.error?.message).toMatch(/row 1 is not an object/);
  }, 60_000);
});

describe('transactions from cells', () => {
  it('ROLLBACK undoes everything since BEGIN; COMMIT keeps it; statements run in order on one connection', async () => {
    const { result, text } = await run('ts', [
      "await db.exec('CREATE OR REPLACE TABLE acct (id INTEGER PRIMARY KEY, balance INTEGER); INSERT INTO acct VALUES (1, 100), (2, 50)');",
      "await db.exec('BEGIN TRANSACTION');",
      'await sql`UPDATE acct SET balance = balance - ${70} WHERE id = 1`;',
      "await db.load('acct_log', [{ id: 1, delta: -70 }]);",
      'const inside = await sql.value`SELECT balance FROM acct WHERE id = 1`;',
      "await db.exec('ROLLBACK');",
      'const after = await sql.value`SELECT balance FROM acct WHERE id = 1`;',
      "const logExists = await sql.value`SELECT COUNT(*) FROM duckdb_tables() WHERE table_name = 'acct_log'`;",
      "await db.exec('BEGIN; UPDATE acct SET balance = 0 WHERE id = 2; COMMIT;');",
      '`${inside} ${after} ${logExists} ${await sql.value`SELECT balance FROM acct WHERE id = 2`}`',
    ].join('\n'));
    expect(result.error).toBeUndefined();
    expect(text).toBe('30 100 0 0');
  }, 60_000);

  it('an error inside a transaction can be rolled back, and the table is as before', async () => {
    const { result, text } = await run('ts', [
      "await db.exec('CREATE OR REPLACE TABLE t (id INTEGER PRIMARY KEY)');",
      "await db.exec('BEGIN TRANSACTION');",
      'let failed = "";',
      'try {',
      "  await db.exec('INSERT INTO t VALUES (1)');",
      "  await db.exec('INSERT INTO t VALUES (1)');",
      '} catch (e) {',
      '  failed = (e as Error).name;',
      "  await db.exec('ROLLBACK');",
      '}',
      '`${failed} ${await sql.value`SELECT COUNT(*) FROM t`}`',
    ].join('\n'));
    expect(result.error).toBeUndefined();
    expect(text).toBe('Constraint Error 0');
  }, 60_000);

  it('MERGE INTO and INSERT OR REPLACE upsert: loading the same batch twice keeps one copy', async () => {
    const { result, text } = await run('ts', [
      "await db.exec(`CREATE OR REPLACE TABLE staging (id VARCHAR PRIMARY KEY, amount INTEGER);",
      "  INSERT INTO staging VALUES ('a', 1), ('b', 2);",
      '  CREATE OR REPLACE TABLE pk (id VARCHAR PRIMARY KEY, amount INTEGER);',
      '  CREATE OR REPLACE TABLE merged (id VARCHAR, amount INTEGER);`);',
      'for (let i = 0; i < 2; i++) {',
      "  await db.exec('INSERT OR REPLACE INTO pk SELECT * FROM staging');",
      "  await db.exec('MERGE INTO merged AS t USING staging AS s ON t.id = s.id WHEN MATCHED THEN UPDATE SET amount = s.amount WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.amount)');",
      '}',
      "await db.exec(\"UPDATE staging SET amount = 99 WHERE id = 'b'; INSERT OR REPLACE INTO pk SELECT * FROM staging\");",
      'const pk = await sql`SELECT * FROM pk ORDER BY id`;',
      '`${pk.map((r) => r.id + "=" + r.amount).join(",")} ${await sql.value`SELECT COUNT(*) FROM merged`}`',
    ].join('\n'));
    expect(result.error).toBeUndefined();
    expect(text).toBe('a=1,b=99 2');
  }, 60_000);
});

describe('the toolkit globals in a kernel', () => {
  it('loads seeded data, runs a simulation into tables and charts, and draws retry and run timelines', async () => {
    const { result, text, outputs } = await run('ts', [
      "await datasets.orders({ seed: 7, n: 300 }).toTable('orders');",
      "const src = sim.source({ seed: 1, rate: 5, duration: '10m', types: { click: 4, payment: 1 }, late: { share: 0.05, by: '1m' } });",
      "const r = sim.processor({ perEvent: '50ms', window: sim.tumbling('1m', { watermark: '5s' }) }).run(src);",
      "await r.toTable('sim_events');",
      "r.chart('latency');",
      'r.timeline({ limit: 30 });',
      "const tries = await retry(faults.flaky({ seed: 7, downFor: '5s', latency: '100ms' }), { delay: '2s', attempts: 6 });",
      'tries.timeline();',
      "const n = await sql.value`SELECT COUNT(*) FROM orders WHERE ordered_at < lesson_today()`;",
      'const m = await sql.one`SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE late) AS late FROM sim_events`;',
      '`${n > 0} ${m!.n === src.length} ${m!.late === r.metrics.late} ${tries.ok}`',
    ].join('\n'));
    expect(result.error).toBeUndefined();
    expect(text).toBe('true true true true');
    expect(outputs.map((o) => o.kind)).toEqual(['chart', 'timeline', 'timeline', 'text']);
  }, 60_000);
});
