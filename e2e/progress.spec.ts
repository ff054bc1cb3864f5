import type { Page } from '@playwright/test';
import { test, expect, cell, typeInto, waitForKernel } from './fixtures';
import { KEEPER_EDIT, LESSON, Profile, editorText, killTab, runCell, typeAndRun } from './robustness-helpers';

// Uses the `context` fixture: its page must belong to it (see fixtures.ts).
test.use({ isolatedContext: true });

/*
 * The student's work survives: edits persist across reloads, reset works, a changed lesson file
 * is noticed, and a visit that died mid-run is reported on the next one, which runs nothing.
 */

/** Waits until the edits database holds `text` for the cell (the save is debounced). */
async function waitSaved(page: Page, id: string, text: string) {
  await expect
    .poll(() => page.evaluate(([cellId]) => readEdit(cellId), [id]), { timeout: 5_000 })
    .toContain(text);
}

/** Nothing ran by itself: every cell idle, no outputs anywhere. */
async function expectNothingRan(page: Page) {
  await waitForKernel(page);
  for (const status of await page.locator('[data-cell-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))) {
    expect(status).toBe('idle');
  }
  await expect(page.locator('[data-output-kind]')).toHaveCount(0);
}

test.beforeEach(async ({ context }) => {
  // Reads one saved edit straight from IndexedDB, the way the app stores it.
  await context.addInitScript(() => {
    (window as unknown as { readEdit: (id: string) => Promise<string | undefined> }).readEdit = (id) =>
      new Promise((resolve) => {
        const open = indexedDB.open('de-notebook-edits');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('edits')) return resolve(undefined);
          const get = db.transaction('edits').objectStore('edits').get(['fixture-robustness', id]);
          get.onsuccess = () => resolve(get.result?.source);
        };
        open.onerror = () => resolve(undefined);
      });
  });
});

declare function readEdit(id: string): Promise<string | undefined>;

test('edits survive a reload, show as edited, and nothing runs on load', async ({ page }) => {
  await page.goto(LESSON);
  await waitForKernel(page);
  await typeInto(page, 'keeper', KEEPER_EDIT);
  await expect(cell(page, 'keeper').locator('[data-edited]')).toBeVisible();
  await waitSaved(page, 'keeper', '학생수정');
  await page.reload();
  await expectNothingRan(page);
  expect(await editorText(page, 'keeper')).toContain('학생수정');
  await expect(cell(page, 'keeper').locator('[data-edited]')).toBeVisible();
  await expect(cell(page, 'check').locator('[data-edited]')).toHaveCount(0);
  await runCell(page, 'keeper'); // the run uses the restored edit, not the lesson's text
  await expect(cell(page, 'keeper').locator('[data-output-kind="text"]')).toHaveText('학생수정');
});

test('reset puts one cell back after confirming; reset lesson puts every cell back', async ({ page }) => {
  await page.goto(LESSON);
  await waitForKernel(page);
  await typeInto(page, 'keeper', KEEPER_EDIT);
  await typeInto(page, 'check', "'고친 check'");
  await waitSaved(page, 'check', '고친 check');

  page.once('dialog', (d) => void d.dismiss()); // "cancel" keeps the edit
  await cell(page, 'keeper').locator('[data-action="reset"]').click();
  expect(await editorText(page, 'keeper')).toContain('학생수정');

  page.once('dialog', (d) => void d.accept());
  await cell(page, 'keeper').locator('[data-action="reset"]').click();
  await expect(cell(page, 'keeper').locator('.view-lines')).toContainText('원래 값');
  await expect(cell(page, 'keeper').locator('[data-action="reset"]')).toHaveCount(0);
  expect(await editorText(page, 'check')).toContain('고친 check');

  page.once('dialog', (d) => void d.accept());
  await page.locator('[data-action="reset"][data-reset="lesson"]').click();
  await expect(cell(page, 'check').locator('.view-lines')).toContainText('madeRows');
  await page.reload();
  await waitForKernel(page);
  expect(await editorText(page, 'keeper')).toContain('원래 값');
  expect(await editorText(page, 'check')).toContain('madeRows');
  expect(await page.evaluate(() => readEdit('keeper'))).toBeUndefined();
});

test('a changed lesson file is detected: keep mine, view both, take the new version', async ({ page }) => {
  await page.goto(LESSON);
  await waitForKernel(page);
  await typeInto(page, 'keeper', KEEPER_EDIT);
  await typeInto(page, 'check', "'내 check'");
  await waitSaved(page, 'keeper', '학생수정');
  await waitSaved(page, 'check', '내 check');
  // Make the saved edits belong to an older version of the lesson, exactly as if the instructor
  // had changed these cells since: the stored hash no longer matches the lesson's source.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('de-notebook-edits');
        open.onsuccess = () => {
          const tx = open.result.transaction('edits', 'readwrite');
          const store = tx.objectStore('edits');
          for (const id of ['keeper', 'check']) {
            const get = store.get(['fixture-robustness', id]);
            get.onsuccess = () => store.put({ ...get.result, baseHash: 'older-version', baseSource: '// 예전 수업 코드' });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expectNothingRan(page);
  const notice = cell(page, 'keeper').locator('[data-notice="lesson-changed"]');
  await expect(notice).toBeVisible();
  expect(await editorText(page, 'keeper')).toContain('학생수정'); // the student's work is what is shown

  await notice.locator('[data-action="view-both"]').click();
  const diff = cell(page, 'keeper').locator('[data-diff-of="keeper"]');
  await expect(diff.locator('.original .view-lines')).toContainText('원래 값');
  await expect(diff.locator('.modified .view-lines')).toContainText('학생수정');

  await notice.locator('[data-action="keep-mine"]').click();
  await expect(cell(page, 'keeper').locator('[data-notice="lesson-changed"]')).toHaveCount(0);

  page.once('dialog', (d) => void d.accept());
  await cell(page, 'check').locator('[data-action="take-lesson"]').click();
  await expect(cell(page, 'check').locator('.view-lines')).toContainText('madeRows');

  await page.reload();
  await waitForKernel(page);
  await expect(page.locator('[data-notice="lesson-changed"]')).toHaveCount(0);
  expect(await editorText(page, 'keeper')).toContain('학생수정');
  expect(await editorText(page, 'check')).toContain('madeRows');
});

test('a tab that crashed mid-run is reported on the next visit, which runs nothing', async ({ baseURL }) => {
  test.setTimeout(Number(process.env.SLOW_TEST_MS ?? 240_000));
  const profile = new Profile(baseURL!);
  try {
    const first = await profile.open(LESSON);
    await waitForKernel(first.page);
    await typeInto(first.page, 'keeper', KEEPER_EDIT);
    await typeInto(first.page, 'scratch', 'let spins = 0;\nwhile (true) { spins++; }');
    await first.page.waitForTimeout(1_000); // both edits saved (debounced)
    await cell(first.page, 'scratch').locator('[data-action="run"]').click();
    await expect(cell(first.page, 'scratch')).toHaveAttribute('data-status', 'running');
    await first.page.waitForTimeout(500); // the run marker is written as the cell starts
    await killTab(profile, first.page); // the renderer dies: no pagehide, no cleanup
    await first.context.close();

    const { context, page: next } = await profile.open(LESSON);
    const banner = next.locator('[data-notice="interrupted-run"][data-cell-ref="scratch"]');
    await expect(banner).toContainText('‘scratch’');
    await expect(banner).toContainText('아무 셀도 자동으로 실행하지 않았습니다');
    await expect(cell(next, 'scratch').locator('[data-notice="interrupted-run"]')).toBeVisible();
    await expectNothingRan(next);
    expect(await editorText(next, 'keeper')).toContain('학생수정');
    expect(await editorText(next, 'scratch')).toContain('spins');
    await typeAndRun(next, 'check', "'다음 실행은 됩니다'");
    await expect(cell(next, 'check').locator('[data-output-kind="text"]')).toHaveText('다음 실행은 됩니다');

    // Reported once: the visit after that starts clean.
    await next.reload();
    await waitForKernel(next);
    await expect(next.locator('[data-notice="interrupted-run"]')).toHaveCount(0);
    await context.close();
    expect(profile.outside, 'requests outside localhost').toEqual([]);
  } finally {
    profile.remove();
  }
});
