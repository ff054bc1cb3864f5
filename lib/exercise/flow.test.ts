/**
 * The exercise flow end to end in node: a lesson parsed by the real parser, the real compiler,
 * the real runner core (with the check harness) and the real DuckDB-wasm, driven through the
 * notebook store exactly as the Check button drives it.
 */
import * as esbuild from 'esbuild-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCell } from '@/lib/compile/compile';
import * as sourcemap from '@/lib/compile/sourcemap';
import { Kernel } from '@/lib/kernel/client';
import { LessonDatabase } from '@/lib/kernel/duckdb';
import { nodeEnvironment } from '@/lib/kernel/duckdb-node-env';
import { InProcessRunner } from '@/lib/kernel/in-process-runner';
import { parseLesson } from '@/lib/lesson/parse';
import type { Exercise } from '@/lib/lesson/types';
import { Notebook } from '@/lib/notebook/store';
import { toNotebookCells } from '@/components/lesson/notebook-cells';
import { checkExercise } from './flow';
import { notebookHost } from './notebook-host';

const SALES = 'region,amount\nnorth,10\nsouth,20\nnorth,5\n';
const LESSON = `---
title: t
summary: s
language: ko
data:
  - file: sales.csv
    table: sales
---

## 연습

\`\`\`ts id=helper
function double(x: number) { return 2 * x; }
\`\`\`

\`\`\`sql id=start exercise=totals starter
CREATE OR REPLACE TABLE totals AS SELECT 'north' AS region, 15 AS revenue
\`\`\`

\`\`\`ts id=count exercise=totals starter
const nRegions = (await sql\`SELECT * FROM totals\`).length;
\`\`\`

\`\`\`sql exercise=totals solution
CREATE OR REPLACE TABLE totals AS SELECT region, SUM(amount) AS revenue FROM sales GROUP BY region
\`\`\`

\`\`\`ts exercise=totals solution
const nRegions = (await sql\`SELECT * FROM totals\`).length;
\`\`\`

\`\`\`ts exercise=totals check
const expected = () => sql\`SELECT region, SUM(amount) AS revenue FROM sales GROUP BY region\`;
check('지역마다 매출 합계', async () => {
  await expectTable('totals').toEqualRows(await expected());
});
check('변수 nRegions', async () => {
  expect(nRegions, '지역 수').toBe(await sql.value\`SELECT COUNT(DISTINCT region) FROM sales\`);
});
check('helper 함수는 학생 것', () => {
  expect(double(2)).toBe(4);
});
\`\`\`

\`\`\`sql exercise=totals hidden-data
CREATE OR REPLACE TABLE sales AS SELECT * FROM (VALUES ('east', 1), ('west', 2), ('east', 3)) t(region, amount)
\`\`\`
`;

const realConsole = globalThis.console;
// One DuckDB for the file (starting one takes seconds); each test restarts the kernel instead.
let kernel: Kernel;
beforeAll(() => {
  kernel = new Kernel({ slug: 'flow', dataFiles: [], clock: '2024-01-16T09:00:00' }, {
    spawnRunner: () => new InProcessRunner(),
    openDatabase: async () =>
      LessonDatabase.open(
        { clock: '2024-01-16T09:00:00', dataFiles: [{ file: 'sales.csv', url: '/d/sales.csv', table: 'sales' }] },
        nodeEnvironment({ '/d/sales.csv': SALES }),
      ),
    loadCompiler: async () => ({ start() {}, ready: Promise.resolve(), compile: (s: string, id: string) => compileCell(esbuild, s, id) }),
    loadSourceMapper: async () => sourcemap,
    locks: () => undefined,
  });
});
afterAll(() => {
  kernel.dispose();
  globalThis.console = realConsole;
});

async function setup() {
  const { lesson, issues } = parseLesson(LESSON, { file: 'l.md', slug: 'flow', order: 1, dataFileSize: () => SALES.length });
  expect(issues).toEqual([]);
  const exercise = lesson!.sections[0].blocks.flatMap((b) => (b.kind === 'exercise' ? [b.exercise] : []))[0] as Exercise;
  await kernel.restart(); // fresh tables and variables
  const notebook = new Notebook(toNotebookCells(lesson!), kernel);
  const check = () => notebook.runExclusive((access) => checkExercise(exercise, notebookHost(notebook, access)));
  return { exercise, notebook, check };
}

describe('checking an exercise', () => {
  it('fails the starter, shows a side-by-side diff, and passes the solution on both data sets', async () => {
    const { exercise, notebook, check } = await setup();
    const starter = await check();
    expect(starter?.outcome).toBe('failed');
    expect(starter?.checks.map((c) => [c.name, c.status])).toEqual([
      ['지역마다 매출 합계', 'fail'],
      ['변수 nRegions', 'fail'],
      ['helper 함수는 학생 것', 'pass'],
    ]);
    expect(starter?.checks[0].failure).toEqual({
      message: '행 수가 다릅니다: 2행이어야 하는데 1행입니다. 기대한 행 1개가 결과에 없습니다.',
      diff: { columns: ['region', 'revenue'], rows: [{ expected: ['south', '20'], differs: [true, true] }], more: 0 },
    });
    expect(starter?.checks[1].failure).toEqual({ message: '지역 수: 값이 다릅니다.', expected: '2', actual: '1' });
    // The student saw their cells run, with the lesson's data.
    expect(notebook.get('start').status).toBe('done');
    expect(notebook.get('helper').status).toBe('done');

    exercise.solutions.forEach((s, i) => notebook.setSource(exercise.starters[i], s.source));
    const solved = await check();
    expect(solved?.outcome).toBe('passed');
    expect(solved?.checks.every((c) => c.status === 'pass')).toBe(true);
  }, 60_000);

  it('fails a hard-coded answer on the hidden data and leaves the lesson database as it was', async () => {
    const { notebook, check } = await setup();
    notebook.setSource('start', "CREATE OR REPLACE TABLE totals AS SELECT * FROM (VALUES ('north', 15), ('south', 20)) t(region, revenue)");
    const report = await check();
    expect(report?.outcome).toBe('failed');
    const table = report!.checks[0];
    expect(table).toMatchObject({ status: 'fail', dataset: 'hidden' });
    // Nothing in common: the missing rows, then the rows found instead.
    expect(table.failure?.diff?.rows).toEqual([
      { expected: ['east', '4'], differs: [true, true] },
      { expected: ['west', '2'], differs: [true, true] },
      { actual: ['north', '15'], differs: [true, true] },
      { actual: ['south', '20'], differs: [true, true] },
    ]);
    expect(report!.checks[1]).toMatchObject({ status: 'pass' }); // 2 regions either way
    // Back on the lesson's data: the hidden copy is gone, the student's table is the visible one.
    const outputs: unknown[] = [];
    const probe = "JSON.stringify(await sql.one`SELECT current_database() AS db, (SELECT COUNT(*) FROM sales) AS n, (SELECT COUNT(*) FROM duckdb_databases() WHERE database_name LIKE 'de_notebook%') AS copies`)";
    expect((await kernel.run({ cellId: 'probe', lang: 'ts', source: probe }, (o) => outputs.push(o))).ok).toBe(true);
    expect(outputs).toEqual([{ kind: 'text', text: '{"db":"memory","n":3,"copies":0}' }]);
  }, 60_000);

  it('reports a student runtime error without running the checks', async () => {
    const { notebook, check } = await setup();
    notebook.setSource('count', 'const nRegions = (undefined as any).length;');
    const report = await check();
    expect(report?.outcome).toBe('code-error');
    // It fails on both data sets; the visible failure is the one the student can see in the cell.
    expect(report?.codeError).toMatchObject({ cellId: 'count', dataset: 'visible', line: 1 });
    expect(notebook.get('count').status).toBe('error');
  }, 60_000);

  it('names the data set when the code fails only on the hidden data', async () => {
    const { notebook, check } = await setup();
    notebook.setSource('start', "CREATE OR REPLACE TABLE totals AS SELECT region, SUM(amount) AS revenue FROM sales GROUP BY region");
    notebook.setSource('count', "const nRegions = (await sql`SELECT * FROM totals`).length;\nif (nRegions === 2 && (await sql.value`SELECT MAX(region) FROM sales`) === 'west') throw new Error('only north and south');");
    const report = await check();
    expect(report?.outcome).toBe('failed');
    expect(report?.codeError).toMatchObject({ cellId: 'count', dataset: 'hidden', message: 'only north and south', line: 2 });
    expect(report?.checks.every((c) => c.status === 'pass')).toBe(true);
  }, 60_000);
});
