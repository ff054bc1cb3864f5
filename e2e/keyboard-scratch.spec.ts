import type { Page } from '@playwright/test';
import { test, expect, cell, typeInto, waitForKernel } from './fixtures';

/*
 * Keyboard first and scratch cells: Jupyter's keys run and move, command mode moves between cells,
 * `?` lists the keys; a student's own cells run with the lesson's variables, survive a reload and
 * can be deleted; the playground is a blank notebook on DuckDB.
 */

const LESSON = '/lessons/fixture-basics/';

/** Id of the cell that holds the keyboard focus (in its editor or on the cell itself). */
function focusedCell(page: Page) {
  return page.evaluate(() => document.activeElement?.closest('[data-cell-id]')?.getAttribute('data-cell-id') ?? null);
}

/** Whether the focus is on a cell's own element (command mode), not inside it. */
function cellSelected(page: Page) {
  return page.evaluate(() => document.activeElement?.getAttribute('data-cell-id') ?? null);
}

/** Every cell id in page order. */
function cellOrder(page: Page) {
  return page.locator('[data-cell-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-id')));
}

/** Clicks into a cell's editor (Monaco), so keys go to it. */
async function focusEditor(page: Page, id: string) {
  await cell(page, id).scrollIntoViewIfNeeded();
  const editor = cell(page, id).locator('.monaco-editor');
  if (!(await editor.count())) await cell(page, id).locator('.cell-placeholder').click();
  await editor.waitFor();
  await editor.click();
}

/** Source of a scratch cell as saved in the browser (the save is debounced). */
function savedScratch(page: Page, id: string) {
  return page.evaluate(
    (cellId) =>
      new Promise<string | undefined>((resolve) => {
        const open = indexedDB.open('de-notebook-scratch');
        open.onsuccess = () => {
          try {
            const get = open.result.transaction('cells').objectStore('cells').get(['fixture-basics', cellId]);
            get.onsuccess = () => resolve(get.result?.source);
            get.onerror = () => resolve(undefined);
          } catch {
            resolve(undefined);
          }
        };
        open.onerror = () => resolve(undefined);
      }),
    id,
  );
}

test.describe('keyboard', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(LESSON);
    await waitForKernel(page);
  });

  test('Shift+Enter runs the cell and moves the focus to the next one', async ({ page }) => {
    await focusEditor(page, 'hello');
    await page.keyboard.press('Shift+Enter');
    await expect(cell(page, 'hello').locator('[data-output-kind="text"]')).toHaveText('안녕 DuckDB');
    await expect.poll(() => focusedCell(page)).toBe('uses-var');
    await page.keyboard.press('Shift+Enter'); // keys now go to the next cell's editor
    await expect(cell(page, 'uses-var').locator('[data-output-kind="text"]')).toHaveText('20');
  });

  test('Alt+Enter runs the cell and inserts a scratch cell below with the cursor in it', async ({ page }) => {
    await focusEditor(page, 'hello');
    await page.keyboard.press('Alt+Enter');
    await expect(cell(page, 'hello')).toHaveAttribute('data-status', 'done');
    const scratch = page.locator('[data-scratch="true"]');
    await expect(scratch).toHaveCount(1);
    await expect(scratch).toHaveAttribute('data-cell-kind', 'ts');
    const id = (await scratch.getAttribute('data-cell-id'))!;
    expect(id).toMatch(/^scratch-/);
    const order = await cellOrder(page);
    expect(order[order.indexOf('hello') + 1]).toBe(id);
    await expect.poll(() => focusedCell(page)).toBe(id);
    await expect(scratch.locator('.monaco-editor')).toBeVisible();
    await page.keyboard.insertText("greeting + '!'"); // typed straight into the new cell
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(scratch.locator('[data-output-kind="text"]')).toHaveText('안녕!');
  });

  test('command mode: Esc leaves the editor, j/k and arrows move between cells, Enter edits', async ({ page }) => {
    await focusEditor(page, 'hello');
    await page.keyboard.press('Escape');
    await expect.poll(() => cellSelected(page)).toBe('hello');
    await page.keyboard.press('j');
    await expect.poll(() => cellSelected(page)).toBe('uses-var');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => cellSelected(page)).toBe('await-value');
    await page.keyboard.press('k');
    await expect.poll(() => cellSelected(page)).toBe('uses-var');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => cellSelected(page)).toBe('hello');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter'); // back into the editor: typing edits the selected cell
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'))).toBe(true);
    await expect.poll(() => focusedCell(page)).toBe('uses-var');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Enter'); // runs the selected cell and selects the next
    await expect(cell(page, 'uses-var').locator('[data-output-kind="text"]')).toHaveText('20');
    await expect.poll(() => cellSelected(page)).toBe('await-value');
  });

  test('? opens the shortcut list when not typing; Esc closes it; the button opens it too', async ({ page }) => {
    const dialog = page.locator('[data-dialog="shortcuts"]');
    await focusEditor(page, 'hello');
    await page.keyboard.type('?'); // typing in an editor: a question mark, not the list
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Alt');
    await expect(dialog).toContainText('실행하고 아래에 새 셀 추가');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.locator('[data-action="shortcuts"]').click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test('a scratch cell runs with the lesson\'s variables, survives a reload, and can be deleted', async ({ page }) => {
  await page.goto(LESSON);
  await waitForKernel(page);
  await page.locator('[data-insert-below="uses-var"] [data-action="add-cell"][data-lang="ts"]').click();
  const scratch = page.locator('[data-scratch="true"]');
  await expect(scratch).toHaveCount(1);
  const id = (await scratch.getAttribute('data-cell-id'))!;
  const order = await cellOrder(page);
  expect(order.slice(order.indexOf('uses-var'), order.indexOf('uses-var') + 2)).toEqual(['uses-var', id]);
  await typeInto(page, id, 'greeting.length + 100');
  await cell(page, id).locator('[data-action="run"]').click();
  // `greeting` comes from the lesson's first cell, which ran first because the scratch cell needs it.
  await expect(cell(page, id).locator('[data-output-kind="text"]')).toHaveText('102');
  await expect(cell(page, 'hello')).toHaveAttribute('data-status', 'done');
  await expect.poll(() => savedScratch(page, id)).toBe('greeting.length + 100');

  await page.reload();
  await waitForKernel(page);
  await expect(cell(page, id)).toHaveAttribute('data-scratch', 'true');
  await expect(cell(page, id)).toHaveAttribute('data-status', 'idle'); // nothing runs on load
  await expect(cell(page, id).locator('.cell-placeholder, .view-lines').first()).toContainText('greeting.length + 100');
  const after = await cellOrder(page);
  expect(after[after.indexOf('uses-var') + 1]).toBe(id);

  // A scratch cell that throws is an ordinary error: the lesson still runs.
  await typeInto(page, id, "throw new Error('내 실험')");
  await cell(page, id).locator('[data-action="run"]').click();
  await expect(cell(page, id)).toHaveAttribute('data-status', 'error');
  await page.locator('[data-action="run-all"]').click();
  await expect(cell(page, 'last-cell')).toHaveAttribute('data-status', 'done');
  await expect(cell(page, 'use-totals')).toHaveAttribute('data-status', 'done');

  page.once('dialog', (d) => void d.accept()); // it holds code: deleting asks first
  await cell(page, id).locator('[data-action="delete"]').click();
  await expect(cell(page, id)).toHaveCount(0);
  await expect.poll(() => savedScratch(page, id)).toBeUndefined();
  await page.reload();
  await waitForKernel(page);
  await expect(page.locator('[data-scratch="true"]')).toHaveCount(0);
});

test('an empty scratch cell is deleted without a question', async ({ page }) => {
  await page.goto(LESSON);
  await waitForKernel(page);
  let asked = false;
  page.on('dialog', (d) => ((asked = true), void d.dismiss()));
  await page.locator('[data-insert-below="hello"] [data-action="add-cell"][data-lang="sql"]').click();
  const scratch = page.locator('[data-scratch="true"]');
  await expect(scratch).toHaveAttribute('data-cell-kind', 'sql');
  await scratch.locator('[data-action="delete"]').click();
  await expect(scratch).toHaveCount(0);
  expect(asked).toBe(false);
});

test('the playground, linked from the course index, runs TS and SQL cells on DuckDB', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-link="playground"]').click();
  await expect(page).toHaveURL(/\/playground\/?$/);
  await waitForKernel(page);
  const cells = page.locator('[data-cell-id]');
  await expect(cells).toHaveCount(1); // one empty TS cell to start with
  const first = (await cells.first().getAttribute('data-cell-id'))!;
  await expect(cells.first()).toHaveAttribute('data-cell-kind', 'ts');
  await expect(cells.first()).toHaveAttribute('data-scratch', 'true');
  await typeInto(
    page,
    first,
    'await db.exec("CREATE TABLE pets AS SELECT * FROM (VALUES (1, \'cat\'), (2, \'dog\')) t(id, name)");\n' +
      'Number(await sql.value`SELECT COUNT(*) FROM pets`)',
  );
  await page.keyboard.press('Alt+Enter'); // runs, and a new cell comes below
  await expect(cell(page, first).locator('[data-output-kind="text"]')).toHaveText('2');
  await expect(cells).toHaveCount(2);
  await page.locator(`[data-insert-below="${first}"] [data-action="add-cell"][data-lang="sql"]`).click();
  const sqlCell = page.locator('[data-cell-kind="sql"][data-scratch="true"]');
  const sqlId = (await sqlCell.getAttribute('data-cell-id'))!;
  await typeInto(page, sqlId, "SELECT name, id * 21 AS answer FROM pets ORDER BY id");
  await page.keyboard.press('Shift+Enter');
  const table = cell(page, sqlId).locator('[data-output-kind="table"]');
  await expect(table).toHaveAttribute('data-row-count', '2');
  await expect(table).toContainText('dog');
  await expect(table).toContainText('42');
});
