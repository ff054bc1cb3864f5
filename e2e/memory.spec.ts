import { test, expect, cell, typeInto, waitForKernel } from './fixtures';
import { KEEPER_EDIT, LESSON, Profile, editorText, runCell, typeAndRun } from './robustness-helpers';

/*
 * Allocating until out of memory. Chromium (checked with 156) does not stop only the worker: a
 * JavaScript heap that hits its limit in a dedicated worker takes the whole renderer down, page and
 * DuckDB worker included. What the notebook can promise then: the student's edits survive, the
 * next visit names the cell and runs nothing, and everything works again. Should a browser ever
 * kill only the worker, the kernel's crash detection reports it in the cell and tables survive.
 *
 * The heap limit is lowered for this test's browser so it is reached in seconds without taking
 * gigabytes from a shared machine; the mechanism is the same at the default limit (~4 GB).
 */
const SMALL_HEAP = ['--js-flags=--max-old-space-size=768'];
const CHECK = "const madeRows = await sql.value`SELECT COUNT(*) FROM made`;\n`made=${madeRows}`";

test('allocating until out of memory loses no edit and re-runs nothing', async ({ baseURL }) => {
  test.setTimeout(Number(process.env.SLOW_TEST_MS ?? 240_000));
  const profile = new Profile(baseURL!, SMALL_HEAP);
  try {
    const { context, page } = await profile.open(LESSON);
    await waitForKernel(page);
    await typeInto(page, 'keeper', KEEPER_EDIT);
    await runCell(page, 'make-table');
    await typeInto(page, 'scratch', 'const hoard: number[][] = [];\nfor (;;) hoard.push(new Array(1_000_000).fill(1));');
    await page.waitForTimeout(1_000); // the edit is saved (debounced)
    const tabCrashed = new Promise<'tab'>((resolve) => page.once('crash', () => resolve('tab')));
    await cell(page, 'scratch').locator('[data-action="run"]').click();
    const workerCrashed = expect(cell(page, 'scratch').locator('[data-output-kind="error"]'))
      .toContainText('런타임 비정상 종료', { timeout: 150_000 })
      .then(() => 'worker' as const);
    const outcome = await Promise.race([tabCrashed, workerCrashed.catch(() => 'none' as const)]);
    test.info().annotations.push({ type: 'out of memory took down', description: outcome });
    expect(outcome).not.toBe('none');

    if (outcome === 'worker') {
      // Only the runner died: it was replaced, the table made before is still there.
      await typeAndRun(page, 'check', CHECK);
      await expect(cell(page, 'check').locator('[data-output-kind="text"]')).toHaveText('made=7');
      await context.close();
      return;
    }
    await context.close();
    const { context: again, page: next } = await profile.open(LESSON);
    await expect(next.locator('[data-notice="interrupted-run"][data-cell-ref="scratch"]')).toBeVisible();
    await waitForKernel(next);
    await expect(next.locator('[data-output-kind]')).toHaveCount(0);
    await expect(cell(next, 'scratch')).toHaveAttribute('data-status', 'idle');
    expect(await editorText(next, 'keeper')).toContain('학생수정');
    expect(await editorText(next, 'scratch')).toContain('hoard');
    await runCell(next, 'make-table');
    await typeAndRun(next, 'check', CHECK);
    await expect(cell(next, 'check').locator('[data-output-kind="text"]')).toHaveText('made=7');
    await again.close();
    expect(profile.outside, 'requests outside localhost').toEqual([]);
  } finally {
    profile.remove();
  }
});
