import { test, expect, cell, typeInto, waitForKernel } from './fixtures';
import { KEEPER_EDIT, LESSON, editorText, runCell, typeAndRun } from './robustness-helpers';

/*
 * Allocating until out of memory. Chromium (checked with 156) does not stop only the worker: a
 * JavaScript heap that hits its limit in a dedicated worker takes the whole renderer down, page and
 * DuckDB worker included. What the notebook can promise then: the student's edits survive, the
 * next visit names the cell and runs nothing, and everything works again. Should a browser ever
 * kill only the worker, the kernel's crash detection reports it in the cell and tables survive.
 *
 * The heap limit is lowered for this file's browser so the test reaches it in seconds and does
 * not take gigabytes from a shared machine; the mechanism is the same at the default limit.
 */
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--js-flags=--max-old-space-size=768',
    ],
  },
});

test('allocating until out of memory loses no edit and re-runs nothing', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto(LESSON);
  await waitForKernel(page);
  await typeInto(page, 'keeper', KEEPER_EDIT);
  await runCell(page, 'make-table');
  await typeInto(page, 'scratch', 'const hoard: number[][] = [];\nfor (;;) hoard.push(new Array(1_000_000).fill(1));');
  await page.waitForTimeout(1_000); // the edit is saved (debounced)
  const crashed = new Promise<'tab'>((resolve) => page.once('crash', () => resolve('tab')));
  await cell(page, 'scratch').locator('[data-action="run"]').click();
  const workerOnly = expect(cell(page, 'scratch').locator('[data-output-kind="error"]'))
    .toContainText('런타임 비정상 종료', { timeout: 90_000 })
    .then(() => 'worker' as const);
  const outcome = await Promise.race([crashed, workerOnly]);
  test.info().annotations.push({ type: 'out of memory took down', description: outcome });

  if (outcome === 'worker') {
    // Only the runner died: it was replaced, the table made before is still there.
    await typeAndRun(page, 'check', "const madeRows = await sql.value`SELECT COUNT(*) FROM made`;\n`made=${madeRows}`");
    await expect(cell(page, 'check').locator('[data-output-kind="text"]')).toHaveText('made=7');
    return;
  }
  const next = await context.newPage();
  await next.goto(LESSON);
  await expect(next.locator('[data-notice="interrupted-run"][data-cell-ref="scratch"]')).toBeVisible();
  await waitForKernel(next);
  await expect(next.locator('[data-output-kind]')).toHaveCount(0);
  await expect(cell(next, 'scratch')).toHaveAttribute('data-status', 'idle');
  expect(await editorText(next, 'keeper')).toContain('학생수정');
  expect(await editorText(next, 'scratch')).toContain('hoard');
  await runCell(next, 'make-table');
  await typeAndRun(next, 'check', "const madeRows = await sql.value`SELECT COUNT(*) FROM made`;\n`made=${madeRows}`");
  await expect(cell(next, 'check').locator('[data-output-kind="text"]')).toHaveText('made=7');
});
