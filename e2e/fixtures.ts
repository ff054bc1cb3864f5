import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test runs with an offline guard: any request that leaves localhost fails the test,
 * because the site must work with no network (no CDN, no telemetry, no extension downloads).
 */
export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ context }, use) => {
      const outside: string[] = [];
      context.on('request', (req) => {
        const url = new URL(req.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) outside.push(req.url());
      });
      await use();
      expect(outside, 'requests outside localhost').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The element of a runnable cell. */
export function cell(page: Page, id: string) {
  return page.locator(`[data-cell-id="${id}"]`);
}

/** Waits until the page's runtime (compiler + runner) and DuckDB are ready. */
export async function waitForKernel(page: Page) {
  const status = page.locator('[data-kernel-status]');
  await expect(status).toHaveAttribute('data-kernel-status', 'ready', { timeout: 60_000 });
  await expect(status).toHaveAttribute('data-db-ready', 'true', { timeout: 60_000 });
}

/** Waits until the page has hydrated (its notebook controls work); clicks before that do nothing. */
export async function waitForHydration(page: Page) {
  await expect(page.locator('[data-action="run-all"]')).toBeEnabled({ timeout: 60_000 });
}

/** Replaces a cell's source by typing into its Monaco editor like a student. */
export async function typeInto(page: Page, id: string, source: string) {
  await cell(page, id).scrollIntoViewIfNeeded(); // editors mount as they near the viewport...
  const editor = cell(page, id).locator('.monaco-editor');
  // ...or on a first touch. The editor may replace the placeholder during the click, so click
  // whichever of the two is there.
  if (!(await editor.count())) await cell(page, id).locator('.monaco-editor, .cell-placeholder').first().click();
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // insertText avoids Monaco's auto-closing brackets and auto-indent mangling typed code.
  await page.keyboard.insertText(source);
}
