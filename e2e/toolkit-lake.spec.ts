import { readFile } from 'node:fs/promises';
import { test, expect, cell, typeInto, waitForKernel } from './fixtures';

/**
 * The Parquet lake and the live architecture diagram, as a student uses them: real DuckDB-wasm,
 * real parquet-wasm, real Chromium.
 */
// Each test runs several DuckDB cells (writes, loads, counts) after the runtime starts.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.goto('/lessons/fixture-lake/');
  await waitForKernel(page);
});

async function run(page: import('@playwright/test').Page, id: string) {
  await cell(page, id).scrollIntoViewIfNeeded();
  await cell(page, id).locator('[data-action="run"]').click();
  await expect(cell(page, id)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
}

test('a cell writes Parquet partitions and reads them back; writing them again does not duplicate', async ({ page }) => {
  await run(page, 'write-partitions'); // runs make-orders first
  await expect(cell(page, 'write-partitions').locator('[data-output-kind="text"]')).toHaveText('파일 3개, 30행');
  await run(page, 'read-back');
  const table = cell(page, 'read-back').locator('[data-output-kind="table"]');
  await expect(table).toHaveAttribute('data-row-count', '3');
  await expect(table).toContainText('2024-01-14');

  // Writing the same partitions again replaces the files: still 3 files and 30 rows.
  await run(page, 'write-partitions');
  await expect(cell(page, 'write-partitions').locator('[data-output-kind="text"]')).toHaveText('파일 3개, 30행');
  await run(page, 'browse');
  const files = cell(page, 'browse').locator('[data-output-kind="lake"] [data-lake-path]');
  await expect(files).toHaveCount(3);
  await expect(files.first()).toHaveAttribute('data-row-count', '10');
});

test('a lake file downloads from the page as real Parquet', async ({ page }) => {
  await run(page, 'browse'); // runs the writes above it first
  const row = cell(page, 'browse').locator('[data-lake-path="bronze/orders/date=2024-01-14/part-0.parquet"]');
  const [download] = await Promise.all([page.waitForEvent('download'), row.locator('[data-action="download"]').click()]);
  expect(download.suggestedFilename()).toBe('date=2024-01-14__part-0.parquet');
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
  expect(bytes.subarray(bytes.length - 4).toString('latin1')).toBe('PAR1');
  expect(bytes.length).toBeGreaterThan(100);
});

test('a diagram bound to tables and lake files shows live row counts and previews a table on click', async ({ page }) => {
  await run(page, 'draw'); // the lake cells above run first
  const diagram = cell(page, 'draw').locator('[data-output-kind="diagram"]');
  await expect(diagram).toBeVisible();
  const bronze = diagram.locator('[data-diagram-node="bronze"]');
  const silver = diagram.locator('[data-diagram-node="silver"]');
  await expect(bronze).toHaveAttribute('data-row-count', '30');
  await expect(silver).toHaveAttribute('data-missing', 'true');
  await expect(diagram.locator('[data-diagram-node="source"]')).not.toHaveAttribute('data-row-count', /.*/);

  // Running the next pipeline step updates the count and marks the edge the rows moved along.
  await run(page, 'silver');
  await expect(silver).toHaveAttribute('data-row-count', '25');
  await expect(diagram.locator('[data-diagram-edge="bronze->silver"]')).toHaveAttribute('data-rows-moved', '25');
  await run(page, 'gold');
  await expect(diagram.locator('[data-diagram-node="gold"]')).toHaveAttribute('data-row-count', '3');

  // A click on a bound node previews its rows, with the table's true row count.
  await silver.click();
  const preview = diagram.locator('[data-diagram-preview="silver"] [data-output-kind="table"]');
  await expect(preview).toHaveAttribute('data-row-count', '25');
  await expect(preview).toContainText('order_id');
  await bronze.click();
  await expect(diagram.locator('[data-diagram-preview="bronze"] [data-output-kind="table"]')).toHaveAttribute('data-row-count', '30');
});

test('the lake survives Stop (files stay downloadable) but not Restart', async ({ page }) => {
  await run(page, 'browse');
  const download = cell(page, 'browse').locator('[data-lake-path="bronze/orders/date=2024-01-13/part-0.parquet"] [data-action="download"]');

  // An endless loop, stopped: the runner is replaced, the page's lake is untouched.
  await typeInto(page, 'silver', 'while (true) {}');
  await cell(page, 'silver').locator('[data-action="run"]').click();
  await expect(cell(page, 'silver')).toHaveAttribute('data-status', 'running');
  await cell(page, 'silver').locator('[data-action="stop"]').click();
  await expect(cell(page, 'silver')).toHaveAttribute('data-status', 'error');
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect((await readFile((await file.path())!)).subarray(0, 4).toString('latin1')).toBe('PAR1');

  // Restart empties the lake with the database: the old listing says the file is gone.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('[data-action="restart"]').click();
  await waitForKernel(page);
  await download.click();
  await expect(cell(page, 'browse').locator('[data-output-kind="lake"] [role="status"]')).toContainText('레이크에 없습니다');
});
