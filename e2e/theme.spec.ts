import type { Page } from '@playwright/test';
import { test, expect, cell } from './fixtures';

const LESSON = '/lessons/fixture-basics/';

/** Relative luminance (0 black … 1 white) of an element's computed background colour. */
async function backgroundLuminance(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => {
    const [r, g, b] = getComputedStyle(el).backgroundColor.match(/[\d.]+/g)!.map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
}

/** Brings the cell's Monaco editor in (a first touch loads editors) and returns it. */
async function editorOf(page: Page, id: string) {
  const editor = cell(page, id).locator('.monaco-editor');
  if (!(await editor.count())) await cell(page, id).locator('.cell-placeholder').click();
  await expect(editor).toBeVisible({ timeout: 60_000 });
  return editor;
}

test.use({ colorScheme: 'light' });

test('the theme toggle switches the page and the Monaco editor, and the choice survives a reload', async ({ page }) => {
  await page.goto(LESSON);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await backgroundLuminance(page, 'body')).toBeGreaterThan(0.9);
  const editor = await editorOf(page, 'hello');
  await expect(editor).toHaveClass(/\bvs\b/);

  await page.locator('[data-theme-option="dark"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-theme-option="dark"]')).toHaveAttribute('aria-pressed', 'true');
  expect(await backgroundLuminance(page, 'body')).toBeLessThan(0.15);
  await expect(editor).toHaveClass(/\bvs-dark\b/);
  expect(await backgroundLuminance(page, '[data-cell-id="hello"] .monaco-editor-background')).toBeLessThan(0.15);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await backgroundLuminance(page, 'body')).toBeLessThan(0.15);
  await expect(await editorOf(page, 'hello')).toHaveClass(/\bvs-dark\b/);

  await page.locator('[data-theme-option="light"]').click();
  await expect(cell(page, 'hello').locator('.monaco-editor')).toHaveClass(/\bvs\b/);
  expect(await backgroundLuminance(page, 'body')).toBeGreaterThan(0.9);
});

test('the static code placeholders colour each token, with no script at all', async ({ page }) => {
  // The colours come from the page's own stylesheet of token classes (lib/highlight.ts).
  await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
  await page.goto(LESSON);
  const line = page.locator('[data-cell-id="hello"] .cell-placeholder .line').first();
  await expect(line).toHaveText("const greeting = '안녕';");
  const colour = (text: string) => line.locator('span', { hasText: text }).first().evaluate((el) => getComputedStyle(el).color);
  expect(await colour('const')).toBe('rgb(0, 0, 255)'); // light-plus keyword
  expect(await colour("'안녕'")).toBe('rgb(163, 21, 21)'); // light-plus string
  expect(await line.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
});

test('the static code placeholders use the dark colours in the dark theme', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('de-notebook:theme', 'dark'));
  await page.goto(LESSON);
  // A highlighted token of the static placeholder (a span of its own only when not in the
  // default colour; lib/highlight.ts): its colour is shiki's dark-plus colour, not the light one.
  const token = page.locator('[data-cell-id="hello"] .cell-placeholder .line > span').first();
  expect(await token.evaluate((el) => getComputedStyle(el).getPropertyValue('--shiki-dark').trim())).toMatch(/^#[0-9A-F]{6}$/);
  const [color, dark] = await token.evaluate((el) => {
    const probe = document.createElement('span');
    probe.style.color = getComputedStyle(el).getPropertyValue('--shiki-dark').trim();
    document.body.append(probe);
    const expected = getComputedStyle(probe).color;
    probe.remove();
    return [getComputedStyle(el).color, expected];
  });
  expect(color).toBe(dark);
  expect(await backgroundLuminance(page, '[data-cell-id="hello"]')).toBeLessThan(0.15);
});

test('"system" follows the operating system, also when it changes while the page is open', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme-choice', 'system');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
