/**
 * The kernel end to end in node, without mocks except the threads: the real compiler, the real
 * runner core (over a MessageChannel) and the real LessonDatabase (DuckDB-wasm in a worker
 * thread). What a student sees: SQL types and values, bound rows, parameters, errors, Stop.
 */
import * as esbuild from 'esbuild-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCell } from '@/lib/compile/compile';
import * as sourcemap from '@/lib/compile/sourcemap';
import { Kernel } from './client';
import { LessonDatabase } from './duckdb';
import { nodeEnvironment } from './duckdb-node-env';
import type { Output } from './outputs';
import { InProcessRunner } from './in-process-runner';

const realConsole = globalThis.console;

const SALES = 'id,category,amount,day\n1,books,32000,2024-01-15\n2,books,28000,2024-01-16\n3,toys,15000.5,2024-01-16\n';

let kernel: Kernel;
beforeAll(() => {
  kernel = new Kernel(
    { slug: 'duck', dataFiles: [{ file: 'sales.csv', url: 'mem:sales.csv', table: 'sales' }], clock: '2024-01-16T09:00:00' },
    {
      spawnRunner: () => new InProcessRunner(),
      openDatabase: (options) => LessonDatabase.open(options, nodeEnvironment({ 'mem:sales.csv': SALES })),
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

async function run(lang: 'ts' | 'sql', source: string, name?: string) {
  const outputs: Output[] = [];
  const result = await kernel.run({ cellId: `c-${lang}`, lang, source, name }, (o) => outputs.push(o));
  return { result, outputs };
}

describe('kernel with the real DuckDB', () => {
  it('runs a SQL cell into a typed table and binds its rows by name', async () => {
    const { result, outputs } = await run('sql', 'SELECT category, SUM(amount) AS total, COUNT(*) AS n\nFROM sales GROUP BY 1 ORDER BY 1', 'totals');
    expect(result.ok).toBe(true);
    expect(outputs).toHaveLength(1);
    const table = outputs[0] as Extract<Output, { kind: 'table' }>;
    expect(table.rowCount).toBe(2);
    expect(table.columns.map((c) => c.name)).toEqual(['category', 'total', 'n']);
    expect(table.columns[2].type).toBe('BIGINT');
    expect(table.rows).toEqual([
      { category: 'books', total: 60000, n: 2 },
      { category: 'toys', total: 15000.5, n: 1 },
    ]);
    const bound = await run('ts', "totals.map((r) => `${r.category}: ${r.total}`).join(', ')");
    expect(bound.outputs).toEqual([{ kind: 'text', text: 'books: 60000, toys: 15000.5' }]);
  }, 60_000);

  it('binds sql`` parameters, including dates and lists, without splicing text', async () => {
    const source = [
      "const evil = \"x' OR 1=1 --\";",
      'const none = await sql.value`SELECT COUNT(*) FROM sales WHERE category = ${evil}`;',
      "const since = new Date('2024-01-16T00:00:00Z');",
      'const recent = await sql.value`SELECT COUNT(*) FROM sales WHERE day >= CAST(${since} AS DATE)`;',
      "const picked = await sql`SELECT id FROM sales WHERE list_contains(${[1, 3]}, id) ORDER BY id`;",
      '`${none} ${recent} ${picked.map((r) => r.id).join("+")}`',
    ].join('\n');
    const { result, outputs } = await run('ts', source);
    expect(result.error).toBeUndefined();
    expect(outputs).toEqual([{ kind: 'text', text: '0 2 1+3' }]);
  }, 60_000);

  it('reports a DuckDB error in a SQL cell with its type and line', async () => {
    const { result } = await run('sql', 'SELECT *\nFROM nope');
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({ name: 'Catalog Error', line: 2 });
    expect(result.error?.message).toMatch(/Table with name nope does not exist/);
  }, 60_000);

  it('Stop cancels a long query in a TS cell; tables survive, variables do not', async () => {
    await run('ts', "await db.exec('CREATE OR REPLACE TABLE kept AS SELECT * FROM range(5) t(i)');\nconst before = 1;");
    const epoch = kernel.epoch;
    const pending = run('ts', 'await sql`SELECT COUNT(*) FROM range(100000000000) a`;');
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    await kernel.stop();
    const { result } = await pending;
    expect(result).toMatchObject({ ok: false, interrupted: true });
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(kernel.epoch).toBe(epoch + 1);
    const after = await run('ts', 'const n = await sql.value`SELECT COUNT(*) FROM kept`;\nn');
    expect(after.outputs).toEqual([{ kind: 'text', text: '5' }]);
  }, 60_000);
});
