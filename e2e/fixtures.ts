import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Records requests that leave localhost (the site must work with no network at all). */
function watchOutside(context: BrowserContext, outside: string[]): () => void {
  const listener = (req: { url(): string }) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) outside.push(req.url());
  };
  context.on('request', listener);
  return () => context.off('request', listener);
}

/**
 * Every e2e test runs with an offline guard: any request that leaves localhost fails the test,
 * because the site must work with no network (no CDN, no telemetry, no extension downloads).
 *
 * Pages come from one browser profile per worker, shared by its tests: a fresh incognito
 * context per test compiled DuckDB, esbuild and Monaco from scratch every time, which made the
 * suite CPU-bound on 2 cores. Sharing keeps the HTTP cache and the compiled-code cache (what a
 * returning student has too) while every test still starts with empty site storage: between
 * tests the page leaves the site and IndexedDB, localStorage, caches and service workers are
 * cleared. A test that sets its own locale, colour scheme or viewport gets a fresh context, and
 * so must a spec that uses the `context` fixture: `test.use({ isolatedContext: true })`.
 */
export const test = base.extend<{ offlineGuard: void; isolatedContext: boolean }, { sharedContext: BrowserContext }>({
  isolatedContext: [false, { option: true }],
  sharedContext: [
    async ({ playwright }, use, workerInfo) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-profile-'));
      const { launchOptions, locale, baseURL } = workerInfo.project.use;
      const context = await playwright.chromium.launchPersistentContext(dir, { ...launchOptions, locale, baseURL });
      await use(context);
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  page: async ({ context, isolatedContext, sharedContext, locale, colorScheme, viewport, baseURL }, use, testInfo) => {
    const defaults = testInfo.project.use;
    const custom =
      isolatedContext || locale !== defaults.locale || colorScheme !== 'light' || viewport?.width !== 1280 || viewport?.height !== 720;
    if (custom) return use(await context.newPage());
    const outside: string[] = [];
    const stopWatching = watchOutside(sharedContext, outside);
    const shared = await sharedContext.newPage();
    try {
      await use(shared);
    } finally {
      stopWatching();
      // Leave the site first so no open connection holds IndexedDB while it is cleared.
      await shared.goto('about:blank').catch(() => {});
      const cdp = await sharedContext.newCDPSession(shared);
      await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL!).origin, storageTypes: 'all' });
      await shared.close();
    }
    expect(outside, 'requests outside localhost').toEqual([]);
  },
  offlineGuard: [
    async ({ context }, use) => {
      const outside: string[] = [];
      watchOutside(context, outside);
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
