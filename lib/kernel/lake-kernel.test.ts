/**
 * The lake end to end in node: the real kernel, compiler, runner core, DuckDB-wasm and Parquet
 * codec; cells call `lake` exactly as students do. What a student would notice: files written
 * from cells read back with the right rows, a rewritten partition never duplicates, views follow
 * the lake, errors point at the cell line, Restart empties the lake.
 */
import * as esbuild from 'esbuild-wasm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { compileCell } from '@/lib/compile/compile';
import * as sourcemap from '@/lib/compile/sourcemap';
import { inProcessCodec } from '@/lib/lake/codec-node';
import { Kernel } from './client';
import { LessonDatabase } from './duckdb';
import { nodeEnvironment } from './duckdb-node-env';
import { InProcessRunner } from './in-process-runner';
import type { Output } from './outputs';

const realConsole = globalThis.console;
afterAll(() => {
  globalThis.console = realConsole;
});

let kernel: Kernel;
afterEach(() => kernel?.dispose());

async function session() {
  const codec = await inProcessCodec();
  kernel = new Kernel({ slug: 'lake', dataFiles: [], clock: '2024-01-16T09:00:00' }, {
    spawnRunner: () => new InProcessRunner(),
    openDatabase: (options) => LessonDatabase.open(options, nodeEnvironment()),
    loadCompiler: async () => ({ start() {}, ready: Promise.resolve(), compile: (s: string, id: string) => compileCell(esbuild, s, id) }),
    loadSourceMapper: async () => sourcemap,
    locks: () => undefined,
    lakeCodec: () => codec,
  });
  let n = 0;
  return async (source: string) => {
    const outputs: Output[] = [];
    const result = await kernel.run({ cellId: `c${++n}`, lang: 'ts', source }, (o) => outputs.push(o));
    return { result, outputs, text: outputs.map((o) => (o.kind === 'text' ? o.text : '')).join('') };
  };
}

const SETUP = `await db.exec(\`CREATE TABLE sales AS SELECT i AS id, DATE '2024-01-14' + (i % 3)::INTEGER AS day, (i * 1.5)::DECIMAL(8,2) AS amount FROM range(30) t(i)\`);`;
const WRITE_DAYS = `for (const day of ['2024-01-14', '2024-01-15', '2024-01-16']) {
  await lake.write(\`bronze/sales/date=\${day}/part-0.parquet\`, 'SELECT id, amount FROM sales WHERE day = $1', [day]);
}`;

// Each test starts DuckDB-wasm and the compiler: seconds each, more on a busy machine.
describe('lake from cells', { timeout: 120_000 }, () => {
  it('writes partitions, reads them back, and rewriting a partition does not duplicate', async () => {
    const run = await session();
    const setup = await run(SETUP);
    expect(setup.result.error).toBeUndefined();
    expect((await run(WRITE_DAYS)).result.ok).toBe(true);
    expect((await run(WRITE_DAYS)).result.ok).toBe(true);
    const loaded = await run(`const r = await lake.load('bronze/sales/*/*.parquet', 'sales_back');\n[r.files, r.rows].join(' ')`);
    expect(loaded.text).toBe('3 30');
    const typed = await run(`const d = await sql\`DESCRIBE sales_back\`;\nd.map((c) => c.column_name + ' ' + c.column_type).join(', ')`);
    expect(typed.text).toBe('id BIGINT, amount DECIMAL(8,2), date DATE');
    const list = await run(`(await lake.list('bronze')).map((f) => f.path + ':' + f.rows).join(' ')`);
    expect(list.text).toBe('bronze/sales/date=2024-01-14/part-0.parquet:10 bronze/sales/date=2024-01-15/part-0.parquet:10 bronze/sales/date=2024-01-16/part-0.parquet:10');
  });

  it('writes plain rows with inferred types and keeps a view in step with the lake', async () => {
    const run = await session();
    const rows = await run(`await lake.write('events/day=1/a.parquet', [{ user: 'kim', clicks: 3, at: new Date(Date.UTC(2024, 0, 15, 9)) }, { user: 'lee', clicks: null, at: null }]);
const back = await lake.read('events');
back.columns.map((c) => c.name + ' ' + c.type).join(', ') + ' | ' + back.map((r) => r.user + ':' + r.clicks + ':' + r.at).join(' ')`);
    expect(rows.text).toBe("user VARCHAR, clicks BIGINT, at TIMESTAMP, day BIGINT | kim:3:2024-01-15 09:00:00 lee:null:null");
    await run(`await lake.view('events/*/*.parquet', 'events_v');`);
    const before = await run('await sql.value`SELECT COUNT(*) FROM events_v`');
    await run(`await lake.write('events/day=2/a.parquet', [{ user: 'park', clicks: 1, at: null }]);`);
    const after = await run('await sql.value`SELECT COUNT(*) FROM events_v`');
    expect(after.result.error).toBeUndefined();
    expect([before.text, after.text]).toEqual(['2', '3']);
    await run(`await lake.delete('events/day=1');`);
    expect((await run('await sql.value`SELECT COUNT(*) FROM events_v`')).text).toBe('1');
  });

  it('fails at the line of the lake call with a readable error', async () => {
    const run = await session();
    const { result } = await run(`const x = 1;\nawait lake.read('missing/');`);
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({ name: 'LakeError', line: 2 });
    expect(result.error?.message).toContain('no lake file matches "missing/"');
    const bad = await run(`await lake.write('sales.csv', 'SELECT 1');`);
    expect(bad.result.error).toMatchObject({ name: 'LakePathError', line: 1 });
  });

  it('keeps the lake on the page across runs and empties it on Restart', async () => {
    const run = await session();
    await run(`await lake.write('keep.parquet', 'SELECT 42 AS answer');`);
    expect(kernel.lake.list().map((f) => f.path)).toEqual(['keep.parquet']);
    await kernel.restart();
    expect(kernel.lake.list()).toEqual([]);
    expect((await run(`(await lake.list()).length`)).text).toBe('0');
  });

  it('shows the lake as a browsable output', async () => {
    const run = await session();
    const { outputs } = await run(`await lake.write('a/b.parquet', 'SELECT 1 AS x');\nawait lake.browse();`);
    expect(outputs).toEqual([{ kind: 'lake', files: [expect.objectContaining({ path: 'a/b.parquet', rows: 1, schema: 'x INTEGER' })] }]);
  });
});
