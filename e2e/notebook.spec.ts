import { test, expect, cell, typeInto, waitForKernel } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('/lessons/fixture-basics/');
  await waitForKernel(page);
});

test('Run all runs every cell except norun cells, in order', async ({ page }) => {
  await page.locator('[data-action="run-all"]').click();
  await expect(cell(page, 'last-cell')).toHaveAttribute('data-status', 'done');
  for (const id of ['hello', 'uses-var', 'await-value', 'sum-sales', 'use-totals', 'draw-chart']) {
    await expect(cell(page, id)).toHaveAttribute('data-status', 'done');
  }
  await expect(cell(page, 'throws')).toHaveAttribute('data-status', 'idle');
  await expect(cell(page, 'loop')).toHaveAttribute('data-status', 'idle');
});

test('Run above runs the cells above and not the cell itself', async ({ page }) => {
  await cell(page, 'use-totals').locator('[data-action="run-above"]').click();
  await expect(cell(page, 'sum-sales')).toHaveAttribute('data-status', 'done');
  await expect(cell(page, 'use-totals')).toHaveAttribute('data-status', 'idle');
});

test('Restart gives a fresh runtime: variables and tables are gone', async ({ page }) => {
  await typeInto(page, 'hello', "await db.exec('CREATE OR REPLACE TABLE scratch AS SELECT 1 AS x');\nconst greeting = 'before';\ngreeting");
  await cell(page, 'hello').locator('[data-action="run"]').click();
  await expect(cell(page, 'hello').locator('[data-output-kind="text"]')).toHaveText(/before/);
  page.once('dialog', (d) => void d.accept());
  await page.locator('[data-action="restart"]').click();
  await waitForKernel(page);
  await expect(cell(page, 'hello')).toHaveAttribute('data-status', 'idle');
  await typeInto(
    page,
    'hello',
    "const t = await sql.value`SELECT COUNT(*) FROM duckdb_tables() WHERE table_name = 'scratch'`;\n" +
      "const s = await sql.value`SELECT COUNT(*) FROM sales`;\n`${t} ${s} ${typeof (globalThis as any).greeting}`",
  );
  await cell(page, 'hello').locator('[data-action="run"]').click();
  // scratch and the variable are gone; the lesson's data-file table is loaded again.
  await expect(cell(page, 'hello').locator('[data-output-kind="text"]')).toHaveText('0 8 undefined');
});

test('a long DuckDB query can be cancelled and the database stays usable', async ({ page }) => {
  await typeInto(page, 'sum-sales', 'SELECT COUNT(*) FROM range(100000000) a, range(100000) b');
  const c = cell(page, 'sum-sales');
  await c.locator('[data-action="run"]').click();
  await expect(c).toHaveAttribute('data-status', 'running');
  await page.waitForTimeout(300);
  const t0 = Date.now();
  await c.locator('[data-action="stop"]').click();
  await expect(c).toHaveAttribute('data-status', 'error', { timeout: 2000 });
  expect(Date.now() - t0).toBeLessThan(2000);
  await typeInto(page, 'sum-sales', 'SELECT COUNT(*) AS n FROM sales');
  await c.locator('[data-action="run"]').click();
  await expect(c.locator('[data-output-kind="table"]')).toHaveAttribute('data-row-count', '1');
  await expect(c.locator('[data-output-kind="table"]')).toContainText('8');
});

test('a 10,000-row result is virtualised and reports its true row count', async ({ page }) => {
  await typeInto(page, 'sum-sales', 'SELECT i, i * 2 AS doubled FROM range(10000) t(i)');
  const c = cell(page, 'sum-sales');
  await c.locator('[data-action="run"]').click();
  const table = c.locator('[data-output-kind="table"]');
  await expect(table).toHaveAttribute('data-row-count', '10000');
  const rendered = await table.locator('.table-row').count();
  expect(rendered).toBeLessThan(100);
  await table.locator('.table-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(table.locator('.table-row', { hasText: '19,998' })).toBeVisible();
});

test('console output keeps its levels', async ({ page }) => {
  await typeInto(page, 'hello', "console.log('하나');\nconsole.warn('둘');\nconsole.error('셋');");
  await cell(page, 'hello').locator('[data-action="run"]').click();
  const out = cell(page, 'hello').locator('[data-output-kind="console"]');
  await expect(out.locator('.console-log')).toHaveText('하나');
  await expect(out.locator('.console-warn')).toHaveText('둘');
  await expect(out.locator('.console-error')).toHaveText('셋');
});

test('the type checker (Monaco\'s TypeScript worker) starts when a student first edits, not before', async ({ page }) => {
  // Editors load once the runtime is idle; give them time to come in, with everything they start.
  await cell(page, 'hello').locator('.monaco-editor').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(2_000);
  const before = page.workers().length;
  await typeInto(page, 'last-cell', 'gree');
  await expect.poll(() => page.workers().length, { timeout: 30_000 }).toBe(before + 1);
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget .monaco-list-row', { hasText: 'greeting' }).first()).toBeVisible({ timeout: 30_000 });
});

test('the editor autocompletes a variable declared in an earlier cell', async ({ page }) => {
  await typeInto(page, 'last-cell', 'gree');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget .monaco-list-row', { hasText: 'greeting' }).first()).toBeVisible({ timeout: 30_000 });
});

test('the editor knows the cell API and SQL bindings (no false errors)', async ({ page }) => {
  await typeInto(page, 'use-totals', 'const n: number = totals.length;\nconst r = await sql`SELECT 1`;\nn + r.length');
  // The TS worker reports diagnostics asynchronously; wait for it, then expect no error squiggles.
  await page.waitForTimeout(3000);
  await expect(cell(page, 'use-totals').locator('.squiggly-error')).toHaveCount(0);
  await typeInto(page, 'use-totals', "chart({ type: 'pie' });");
  await expect(cell(page, 'use-totals').locator('.squiggly-error')).not.toHaveCount(0, { timeout: 30_000 });
});
