import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from '@playwright/test';
import { parseLesson } from '../lib/lesson/parse';
import { dataFileSize, readLessonFolder } from '../lib/lesson/load';
import { lessonFolderAt } from '../lib/lesson/discover';
import type { Block, Cell, Lesson } from '../lib/lesson/types';
import { test, expect, cell, typeInto, waitForKernel } from './fixtures';

/**
 * Exports as a student uses them: a table's CSV and Parquet downloads, and "download my notebook"
 * as a Jupyter notebook and as lesson Markdown. Files are checked the way the student's tools would
 * read them: native DuckDB opens the CSV and the Parquet, the site's own parser reads the Markdown.
 */
test.describe.configure({ timeout: 120_000 });

const FIXTURE = path.resolve(__dirname, 'fixtures/lessons/01-fixture-basics');

test.beforeEach(async ({ page }) => {
  await page.goto('/lessons/fixture-basics/');
  await waitForKernel(page);
});

async function run(page: Page, id: string) {
  await cell(page, id).scrollIntoViewIfNeeded();
  await cell(page, id).locator('[data-action="run"]').click();
  await expect(cell(page, id)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
}

/** Clicks a download item of a cell's table menu; resolves with the downloaded file's path and name. */
async function downloadTable(page: Page, id: string, action: 'download-csv' | 'download-parquet') {
  const table = cell(page, id).locator('[data-output-kind="table"]');
  if (!(await table.locator(`[data-action="${action}"]`).count())) await table.locator('[data-action="download-menu"]').click();
  const [download] = await Promise.all([page.waitForEvent('download'), table.locator(`[data-action="${action}"]`).click()]);
  return { file: (await download.path())!, name: download.suggestedFilename() };
}

/** The rows a student sees in a table output, as text, numbers without their grouping commas. */
async function shownRows(page: Page, id: string): Promise<string[][]> {
  return cell(page, id).locator('[data-output-kind="table"] .table-row').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('[role="gridcell"]')].map((c) => (c.classList.contains('num') ? c.textContent!.replaceAll(',', '') : c.textContent!))),
  );
}

async function nativeDuckDB() {
  return (await DuckDBInstance.create(':memory:')).connect();
}

test('CSV export downloads the rows of the table, with a BOM so Excel shows Korean', async ({ page }) => {
  await run(page, 'sum-sales');
  const { file, name } = await downloadTable(page, 'sum-sales', 'download-csv');
  expect(name).toBe('sum-sales.csv');
  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('전자제품');
  const db = await nativeDuckDB();
  const csv = (await db.runAndReadAll(`SELECT * FROM read_csv('${file}', header = true, all_varchar = true)`)).getRows();
  expect(csv.map((r) => r.map(String))).toEqual(await shownRows(page, 'sum-sales'));
  await expect(cell(page, 'sum-sales').locator('[data-export-scope]')).toHaveAttribute('data-export-scope', 'all');
});

test('a capped table says the export holds only the rows it kept, and the CSV has those rows', async ({ page }) => {
  // Editors mount when they near the viewport; typing waits for this one to settle first.
  await cell(page, 'loop').scrollIntoViewIfNeeded();
  await cell(page, 'loop').locator('.monaco-editor').waitFor({ timeout: 30_000 }).catch(() => undefined);
  await typeInto(page, 'loop', 'table(await sql`SELECT range AS n FROM range(12000)`)');
  await run(page, 'loop');
  const table = cell(page, 'loop').locator('[data-output-kind="table"]');
  await expect(table).toHaveAttribute('data-row-count', '12000');
  await table.locator('[data-action="download-menu"]').click();
  await expect(table.locator('[data-export-scope]')).toHaveAttribute('data-export-scope', 'capped');
  await expect(table.locator('[data-export-scope]')).toContainText('10,000');
  const { file } = await downloadTable(page, 'loop', 'download-csv');
  const lines = (await readFile(file, 'utf8')).split('\r\n').filter(Boolean);
  expect(lines.length).toBe(1 + 10_000);
});

test('Parquet export downloads a real Parquet file that DuckDB reads back with the same rows', async ({ page }) => {
  await run(page, 'sum-sales');
  const { file, name } = await downloadTable(page, 'sum-sales', 'download-parquet');
  expect(name).toBe('sum-sales.parquet');
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
  expect(bytes.subarray(bytes.length - 4).toString('latin1')).toBe('PAR1');
  const db = await nativeDuckDB();
  expect((await db.runAndReadAll(`SELECT COUNT(*)::INTEGER AS n FROM read_parquet('${file}')`)).getRowObjectsJson()).toEqual([{ n: 3 }]);
  const rows = (await db.runAndReadAll(`SELECT * FROM read_parquet('${file}')`)).getRows();
  expect(rows.map((r) => r.map(String))).toEqual(await shownRows(page, 'sum-sales'));
});

/** Downloads "my notebook" in one format; resolves with the file's text and name. */
async function downloadNotebook(page: Page, action: 'download-ipynb' | 'download-markdown') {
  await page.locator('[data-action="download-notebook"]').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-action="${action}"]`).click()]);
  return { text: await readFile((await download.path())!, 'utf8'), name: download.suggestedFilename() };
}

function cellsOf(lesson: Lesson): Cell[] {
  return [...lesson.intro, ...lesson.sections.flatMap((s) => s.blocks)].filter((b: Block): b is Cell => b.kind === 'cell');
}

const EDIT = "const greeting = '반가워';\ngreeting + ' 내 코드'";

test('the .ipynb export is a valid notebook with one cell per prose run and per cell, holding my edits', async ({ page }) => {
  await typeInto(page, 'hello', EDIT);
  const { text, name } = await downloadNotebook(page, 'download-ipynb');
  expect(name).toBe('fixture-basics.ipynb');
  const nb = JSON.parse(text);
  expect(nb).toMatchObject({ nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: 'deno', language: 'typescript' } } });
  for (const c of nb.cells) expect(c).toEqual(expect.objectContaining({ cell_type: expect.any(String), id: expect.any(String), metadata: expect.any(Object), source: expect.any(Array) }));
  // The fixture has 9 cells. Markdown: the title cell, then the prose before hello, uses-var,
  // sum-sales, throws and last-cell (cells that follow a cell directly have none): 6. Code: the
  // set-up cell and the 9 cells: 10.
  expect(nb.cells.filter((c: { cell_type: string }) => c.cell_type === 'markdown')).toHaveLength(6);
  expect(nb.cells.filter((c: { cell_type: string }) => c.cell_type === 'code')).toHaveLength(10);
  expect(nb.cells).toHaveLength(16);
  const hello = nb.cells.find((c: { id: string }) => c.id === 'hello');
  expect(hello.source.join('')).toBe(EDIT);
  const sql = nb.cells.find((c: { id: string }) => c.id === 'sum-sales');
  expect(sql.source.join('')).toContain('const totals = await sql(`');
});

test('the Markdown export parses back into the same cells, with my edit', async ({ page }) => {
  await typeInto(page, 'hello', EDIT);
  const { text, name } = await downloadNotebook(page, 'download-markdown');
  expect(name).toBe('fixture-basics.md');
  const folder = lessonFolderAt(FIXTURE, path.resolve(__dirname, '..'));
  if (!folder || 'message' in folder) throw new Error('fixture lesson not found');
  const original = readLessonFolder(folder).lesson!;
  const back = parseLesson(text, { file: folder.file, slug: folder.slug, order: folder.order, dataFileSize: (n) => dataFileSize(folder.dir, n) });
  expect(back.issues).toEqual([]);
  const shape = (c: Cell) => ({ id: c.id, kind: c.kind, lang: c.lang, options: c.options, exercise: c.exercise });
  expect(cellsOf(back.lesson!).map(shape)).toEqual(cellsOf(original).map(shape));
  expect(cellsOf(back.lesson!).map((c) => c.source)).toEqual(cellsOf(original).map((c) => (c.id === 'hello' ? EDIT : c.source)));
  expect(back.lesson!.title).toBe(original.title);
});

test('both exports carry my scratch cell at its place; the Markdown one reads it back as a cell with its id', async ({ page }) => {
  await page.locator('[data-insert-below="uses-var"] [data-action="add-cell"][data-lang="ts"]').click();
  const scratch = page.locator('[data-scratch="true"]');
  await expect(scratch).toHaveCount(1);
  const id = (await scratch.getAttribute('data-cell-id'))!;
  await typeInto(page, id, 'greeting.length + 100');

  const nb = JSON.parse((await downloadNotebook(page, 'download-ipynb')).text);
  const codeIds = nb.cells.filter((c: { cell_type: string }) => c.cell_type === 'code').map((c: { id: string }) => c.id);
  expect(codeIds.slice(codeIds.indexOf('uses-var'), codeIds.indexOf('uses-var') + 2)).toEqual(['uses-var', id]);
  expect(nb.cells.find((c: { id: string }) => c.id === id).source.join('')).toBe('greeting.length + 100');

  const { text } = await downloadNotebook(page, 'download-markdown');
  const folder = lessonFolderAt(FIXTURE, path.resolve(__dirname, '..'));
  if (!folder || 'message' in folder) throw new Error('fixture lesson not found');
  const original = cellsOf(readLessonFolder(folder).lesson!).map((c) => c.id);
  const back = parseLesson(text, { file: folder.file, slug: folder.slug, order: folder.order, dataFileSize: (n) => dataFileSize(folder.dir, n) });
  expect(back.issues).toEqual([]);
  const cells = cellsOf(back.lesson!);
  const at = original.indexOf('uses-var') + 1;
  expect(cells.map((c) => c.id)).toEqual([...original.slice(0, at), id, ...original.slice(at)]);
  expect(cells.find((c) => c.id === id)).toMatchObject({ lang: 'ts', source: 'greeting.length + 100', options: { norun: true } });
});
