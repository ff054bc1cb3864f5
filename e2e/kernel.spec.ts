import { test, expect, cell, typeInto, waitForKernel } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('/lessons/fixture-basics/');
  await waitForKernel(page);
});

test('a cell shows its last expression; a later cell uses its variable', async ({ page }) => {
  await cell(page, 'hello').locator('[data-action="run"]').click();
  await expect(cell(page, 'hello')).toHaveAttribute('data-status', 'done');
  await expect(cell(page, 'hello').locator('[data-output-kind="text"]')).toHaveText(/안녕 DuckDB/);
  await cell(page, 'uses-var').locator('[data-action="run"]').click();
  await expect(cell(page, 'uses-var').locator('[data-output-kind="text"]')).toHaveText('20');
});

test('running the last cell first runs the cells above it, in order', async ({ page }) => {
  await cell(page, 'last-cell').locator('[data-action="run"]').click();
  await expect(cell(page, 'last-cell')).toHaveAttribute('data-status', 'done');
  await expect(cell(page, 'last-cell').locator('[data-output-kind="text"]')).toHaveText(/안녕: 8/);
  // The cells above ran too; `norun` cells (the failing 'throws', the endless 'loop') are skipped.
  await expect(cell(page, 'hello')).toHaveAttribute('data-status', 'done');
  await expect(cell(page, 'sum-sales')).toHaveAttribute('data-status', 'done');
  await expect(cell(page, 'throws')).toHaveAttribute('data-status', 'idle');
  await expect(cell(page, 'loop')).toHaveAttribute('data-status', 'idle');
});

test('re-running a const cell redefines it', async ({ page }) => {
  const hello = cell(page, 'hello');
  await hello.locator('[data-action="run"]').click();
  await expect(hello).toHaveAttribute('data-status', 'done');
  await hello.locator('[data-action="run"]').click();
  await expect(hello).toHaveAttribute('data-status', 'done');
  await expect(hello.locator('[data-output-kind="error"]')).toHaveCount(0);
  await typeInto(page, 'hello', "const greeting = '반가워';\ngreeting");
  await hello.locator('[data-action="run"]').click();
  await expect(hello.locator('[data-output-kind="text"]')).toHaveText(/반가워/);
});

test('top-level await and bound SQL parameters work', async ({ page }) => {
  await cell(page, 'await-value').locator('[data-action="run"]').click();
  await expect(cell(page, 'await-value').locator('[data-output-kind="text"]')).toHaveText('42');
});

test('a SQL cell shows a table with the right numbers and feeds a TS cell through name=', async ({ page }) => {
  const sqlCell = cell(page, 'sum-sales');
  await sqlCell.locator('[data-action="run"]').click();
  const table = sqlCell.locator('[data-output-kind="table"]');
  await expect(table).toHaveAttribute('data-row-count', '3');
  await expect(table).toContainText('1,639,000'); // 전자제품: 1,200,000 + 350,000 + 89,000
  await expect(table).toContainText('105,000'); // 도서: 32,000 + 28,000 + 45,000
  await cell(page, 'use-totals').locator('[data-action="run"]').click();
  await expect(cell(page, 'use-totals').locator('[data-output-kind="text"]')).toHaveText(/도서: 105000, 의류: 138000, 전자제품: 1639000/);
});

test('a chart renders one bar per category', async ({ page }) => {
  await cell(page, 'draw-chart').locator('[data-action="run"]').click();
  const chart = cell(page, 'draw-chart').locator('[data-output-kind="chart"]');
  await expect(chart).toBeVisible();
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(3);
  await expect(chart).toContainText('카테고리별 매출');
});

test('a syntax error marks the right line in the editor and runs nothing', async ({ page }) => {
  await typeInto(page, 'uses-var', 'const ok = 1;\nconst broken = (;\nok');
  await cell(page, 'uses-var').locator('[data-action="run"]').click();
  const c = cell(page, 'uses-var');
  await expect(c).toHaveAttribute('data-status', 'error');
  await expect(c.locator('[data-output-kind="error"]')).toHaveAttribute('data-error-line', '2');
  await expect(c.locator('[data-output-kind="text"]')).toHaveCount(0);
  const squiggle = c.locator('.squiggly-error');
  await expect(squiggle).toHaveCount(1);
  // The marker sits on the row of line number 2 in the gutter.
  const markerTop = await squiggle.evaluate((el) => el.getBoundingClientRect().top);
  const gutterTop = await c.locator('.line-numbers', { hasText: /^2$/ }).evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(markerTop - gutterTop)).toBeLessThan(5);
});

test('a runtime error reports the line in the cell', async ({ page }) => {
  const c = cell(page, 'throws');
  await c.locator('[data-action="run"]').click();
  await expect(c).toHaveAttribute('data-status', 'error');
  const err = c.locator('[data-output-kind="error"]');
  await expect(err).toContainText('너무 많습니다: 8');
  await expect(err).toHaveAttribute('data-error-line', '4');
});

test('Stop ends an infinite loop within a second and DuckDB tables survive', async ({ page }) => {
  await cell(page, 'draw-chart').locator('[data-action="run"]').click(); // runs every cell above it too
  await expect(cell(page, 'draw-chart')).toHaveAttribute('data-status', 'done');
  const make = cell(page, 'throws');
  await typeInto(page, 'throws', "await db.exec('CREATE OR REPLACE TABLE kept AS SELECT * FROM range(5) t(i)');\n'made'");
  await make.locator('[data-action="run"]').click();
  await expect(make.locator('[data-output-kind="text"]')).toHaveText(/made/);

  const loop = cell(page, 'loop');
  await loop.locator('[data-action="run"]').click();
  await expect(loop).toHaveAttribute('data-status', 'running');
  await page.waitForTimeout(500);
  // The page stays responsive while the loop spins in the worker: its event loop keeps turning.
  const lag = await page.evaluate(`(async () => {
    let max = 0, last = performance.now();
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const now = performance.now();
      max = Math.max(max, now - last - 50);
      last = now;
    }
    return max;
  })()`);
  expect(lag).toBeLessThan(250);

  // Timed in the page, from the click to the cell's error status: what the student waits for,
  // without the test driver's own round trips (seconds on a loaded CI machine).
  const stopMs = await page.evaluate(`new Promise((resolve) => {
    const el = document.querySelector('[data-cell-id="loop"]');
    new MutationObserver(() => el.getAttribute('data-status') === 'error' && resolve(performance.now() - t0))
      .observe(el, { attributes: true, attributeFilter: ['data-status'] });
    const t0 = performance.now();
    el.querySelector('[data-action="stop"]').click();
  })`);
  expect(stopMs).toBeLessThan(1000);
  await expect(loop).toHaveAttribute('data-status', 'error');

  await typeInto(page, 'last-cell', 'const kept = await sql`SELECT COUNT(*) AS n FROM kept`;\nkept[0].n');
  await cell(page, 'last-cell').locator('[data-action="run"]').click();
  await expect(cell(page, 'last-cell').locator('[data-output-kind="text"]')).toHaveText('5');
});

test('Shift+Enter runs the cell and moves to the next one; Ctrl+Enter runs in place', async ({ page }) => {
  const hello = cell(page, 'hello');
  await hello.locator('.monaco-editor').click();
  await page.keyboard.press('Shift+Enter');
  await expect(hello).toHaveAttribute('data-status', 'done');
  // Focus moved to the next cell, which did not run; no other cell ran either.
  await expect(cell(page, 'uses-var').locator('.monaco-editor.focused')).toHaveCount(1);
  await expect(cell(page, 'uses-var')).toHaveAttribute('data-status', 'idle');
  await expect(cell(page, 'draw-chart')).toHaveAttribute('data-status', 'idle');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(cell(page, 'uses-var')).toHaveAttribute('data-status', 'done');
  await expect(cell(page, 'uses-var').locator('[data-output-kind="text"]')).toHaveText('20');
  await expect(cell(page, 'uses-var').locator('.monaco-editor.focused')).toHaveCount(1);
  await expect(cell(page, 'await-value')).toHaveAttribute('data-status', 'idle');
});
