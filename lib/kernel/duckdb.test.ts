import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LessonDatabase, type DatabaseConfig } from './duckdb';
import type { DuckDBEnvironment } from './duckdb-env';
import { nodeEnvironment } from './duckdb-node-env';

/**
 * The real async LessonDatabase: DuckDB-wasm (eh) in a worker thread, driven exactly as the
 * page drives it in its Web Worker.
 */
const SALES_CSV = 'id,region,amount,sold_on\n1,north,10.50,2024-03-01\n2,south,20.00,2024-03-02\n3,north,5.25,2024-03-02\n';
const files = { '/lesson-data/intro/sales_raw.csv': SALES_CSV, '/lesson-data/intro/regions.csv': 'region,manager\nnorth,Ann\nsouth,Bo\n' };
const config: DatabaseConfig = {
  clock: '2024-03-15T09:00:00',
  dataFiles: [
    { file: 'sales_raw.csv', url: '/lesson-data/intro/sales_raw.csv', table: 'sales' },
    { file: 'regions.csv', url: '/lesson-data/intro/regions.csv' },
  ],
};
/** A query that would run for minutes: 10^10 rows through a cross product. */
const ENDLESS = 'SELECT sum(a.range * b.range) AS s FROM range(100000) a, range(100000) b';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let db: LessonDatabase;
beforeAll(async () => {
  db = await LessonDatabase.open(config, nodeEnvironment(files));
});
afterAll(() => db?.close());

describe('LessonDatabase: data and clock', () => {
  it('loads data files into tables and registers them by file name', async () => {
    const sales = await db.query('SELECT id, region, amount, sold_on FROM sales ORDER BY id');
    expect(sales.columns).toEqual([
      { name: 'id', type: 'BIGINT' },
      { name: 'region', type: 'VARCHAR' },
      { name: 'amount', type: 'DOUBLE' },
      { name: 'sold_on', type: 'DATE' },
    ]);
    expect(sales.rows[0]).toEqual({ id: 1, region: 'north', amount: 10.5, sold_on: '2024-03-01' });
    expect((await db.query(`SELECT count(*) AS n FROM 'sales_raw.csv'`)).rows).toEqual([{ n: 3 }]);
    expect((await db.query(`SELECT manager FROM 'regions.csv' WHERE region = 'south'`)).rows).toEqual([{ manager: 'Bo' }]);
  });

  it('provides the lesson clock', async () => {
    expect((await db.query('SELECT lesson_now() AS n, lesson_today() AS t, lesson_yesterday() AS y')).rows).toEqual([
      { n: '2024-03-15 09:00:00', t: '2024-03-15', y: '2024-03-14' },
    ]);
  });
});

describe('LessonDatabase: queries', () => {
  it('binds parameters', async () => {
    const result = await db.query('SELECT sum(amount) AS total FROM sales WHERE region = $1 AND sold_on >= ?', ['north', '2024-03-02']);
    expect(result.rows).toEqual([{ total: 5.25 }]);
    expect(result.rowCount).toBe(1);
  });

  it('returns the last statement of a script, and exec runs statements', async () => {
    await db.exec('CREATE TABLE scratch (x INTEGER); INSERT INTO scratch VALUES (1), (2);');
    const result = await db.query('INSERT INTO scratch VALUES (3); SELECT sum(x) AS s FROM scratch');
    expect(result.rows).toEqual([{ s: 6 }]);
    await db.exec('DROP TABLE scratch');
  });

  it('describes empty results', async () => {
    expect(await db.query('SELECT id FROM sales WHERE false')).toEqual({ columns: [{ name: 'id', type: 'BIGINT' }], rows: [], rowCount: 0 });
  });

  it('serialises concurrent calls in call order', async () => {
    await db.exec('CREATE OR REPLACE TABLE log (k INTEGER)');
    const calls: Promise<unknown>[] = [];
    for (let k = 0; k < 8; k++) {
      calls.push(db.exec(`INSERT INTO log VALUES (${k})`));
      calls.push(db.query('SELECT count(*) AS n, max(k) AS last FROM log WHERE k <= $1', [k]));
    }
    const results = (await Promise.all(calls)).filter(Boolean) as { rows: { n: number; last: number }[] }[];
    expect(results.map((r) => r.rows[0])).toEqual(Array.from({ length: 8 }, (_, k) => ({ n: k + 1, last: k })));
  });

  it("reports DuckDB's errors, positions in the cell's lines", async () => {
    await expect(db.query('SELECT * FROM nowhere')).rejects.toMatchObject({ name: 'DuckDBError', message: expect.stringMatching(/^Catalog Error: Table with name nowhere/) });
    await expect(db.query('SELECT $1 AS a,\n  2 AS AS b', [1])).rejects.toThrow(/^Parser Error[\s\S]*LINE 2:/);
    expect((await db.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]); // still usable
  });

  it('fails fast and clearly when a query needs an extension that is not there', async () => {
    const started = Date.now();
    await expect(db.query(`SELECT '{"a":1}'::JSON`)).rejects.toThrow(/json extension is not available in this offline notebook/);
    await expect(db.query(`SELECT * FROM read_parquet('x.parquet')`)).rejects.toThrow(/parquet extension is not available/);
    await expect(db.query('SELECT CURRENT_DATE')).rejects.toThrow(/icu extension is not available/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('LessonDatabase: cancellation', () => {
  it('interrupts a long query; the database stays usable', async () => {
    const running = db.query(ENDLESS);
    await sleep(300);
    const started = Date.now();
    expect(await db.cancel()).toBe(true);
    await expect(running).rejects.toMatchObject({ name: 'QueryCancelled' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await db.query('SELECT count(*) AS n FROM sales')).rows).toEqual([{ n: 3 }]);
  });

  it('interrupts a long parameterised query', async () => {
    const running = db.query(`${ENDLESS} WHERE a.range > $1`, [-1]);
    await sleep(300);
    await db.cancel();
    await expect(running).rejects.toMatchObject({ name: 'QueryCancelled' });
    expect((await db.query('SELECT $1 AS v', ['after'])).rows).toEqual([{ v: 'after' }]);
  });

  it('also drops the queries queued behind it', async () => {
    const running = db.query(ENDLESS);
    const queued = db.exec('CREATE TABLE never_created AS SELECT 1');
    const outcomes = Promise.allSettled([running, queued]); // observe both before cancel rejects them
    await sleep(200);
    await db.cancel();
    const [a, b] = await outcomes;
    expect(a).toMatchObject({ status: 'rejected', reason: { name: 'QueryCancelled' } });
    expect(b).toMatchObject({ status: 'rejected', reason: { name: 'QueryCancelled' } });
    await expect(db.query('SELECT * FROM never_created')).rejects.toThrow(/does not exist/);
  });

  it('returns false when nothing runs', async () => {
    expect(await db.cancel()).toBe(false);
  });
});

describe('LessonDatabase: reset', () => {
  it('drops what cells made and restores the lesson data', async () => {
    // (Files written by COPY are not tried here: the node runtime writes them to the real disk.)
    await db.exec(`CREATE TABLE mine AS SELECT 1 AS x; CREATE VIEW v AS SELECT 1; CREATE MACRO twice(x) AS x * 2;
      DELETE FROM sales; CREATE SCHEMA scratch; SET autoload_known_extensions = true;`);
    await db.reset();
    expect((await db.query('SELECT count(*) AS n FROM sales')).rows).toEqual([{ n: 3 }]);
    expect((await db.query(`SELECT count(*) AS n FROM 'sales_raw.csv'`)).rows).toEqual([{ n: 3 }]);
    expect((await db.query('SELECT lesson_today() AS t')).rows).toEqual([{ t: '2024-03-15' }]);
    await expect(db.query('SELECT * FROM mine')).rejects.toThrow(/does not exist/);
    await expect(db.query('SELECT * FROM v')).rejects.toThrow(/does not exist/);
    await expect(db.query('SELECT twice(2)')).rejects.toThrow(/twice/);
    await expect(db.query('CREATE TABLE scratch.t (x INTEGER)')).rejects.toThrow(/scratch/);
    await expect(db.query(`SELECT '{}'::JSON`)).rejects.toThrow(/not available/); // offline settings restored
  });

  it('cancels a running query first', async () => {
    const running = db.query(ENDLESS);
    const cancelled = expect(running).rejects.toMatchObject({ name: 'QueryCancelled' });
    await sleep(200);
    await db.reset();
    await cancelled;
    expect((await db.query('SELECT count(*) AS n FROM sales')).rows).toEqual([{ n: 3 }]);
  });
});

describe('LessonDatabase: opening and closing', () => {
  it('rejects bad configuration before starting DuckDB', async () => {
    const env = nodeEnvironment(files);
    let started = 0;
    const counting: DuckDBEnvironment = { ...env, createDuckDB: (l) => (started++, env.createDuckDB(l)) };
    await expect(LessonDatabase.open({ ...config, clock: 'tomorrow' }, counting)).rejects.toThrow(/Invalid lesson clock/);
    await expect(LessonDatabase.open({ ...config, dataFiles: [{ file: 'lake.parquet', url: '/x' }] }, counting)).rejects.toThrow(/parquet/);
    expect(started).toBe(0);
  });

  it('rejects with the file name when a data file cannot be fetched or loaded', async () => {
    await expect(LessonDatabase.open({ ...config, dataFiles: [{ file: 'gone.csv', url: '/nowhere/gone.csv' }] }, nodeEnvironment())).rejects.toThrow(
      /Could not load data file "gone.csv"/,
    );
    const bad = { '/bad.csv': 'a,b\n1,2\n' };
    await expect(
      LessonDatabase.open({ ...config, dataFiles: [{ file: 'bad.csv', url: '/bad.csv', table: 'bad' }, { file: 'bad.csv', url: '/bad.csv' }] }, nodeEnvironment(bad)),
    ).rejects.toThrow(/listed twice/);
  });

  it('rejects calls after close, including one DuckDB never answers', async () => {
    const other = await LessonDatabase.open({ clock: config.clock, dataFiles: [] }, nodeEnvironment());
    const running = other.query(ENDLESS);
    await sleep(100);
    await other.close();
    await expect(running).rejects.toMatchObject({ name: expect.stringMatching(/QueryCancelled|DatabaseClosed/) });
    await expect(other.query('SELECT 1')).rejects.toMatchObject({ name: 'DatabaseClosed' });
    expect(await other.cancel()).toBe(false);
  });

  it('rejects pending and later calls when the worker dies', async () => {
    const env = nodeEnvironment();
    let crash!: (reason: string) => void;
    const crashing: DuckDBEnvironment = {
      ...env,
      createDuckDB: async (logger) => {
        const handle = await env.createDuckDB(logger);
        return { db: handle.db, crashed: new Promise<string>((resolve) => (crash = resolve)) };
      },
    };
    const other = await LessonDatabase.open({ clock: config.clock, dataFiles: [] }, crashing);
    const running = other.query(ENDLESS);
    await sleep(100);
    crash('out of memory');
    await expect(running).rejects.toThrow('The DuckDB worker stopped: out of memory');
    await expect(other.query('SELECT 1')).rejects.toThrow(/worker stopped/);
    await other.close();
  });
});
