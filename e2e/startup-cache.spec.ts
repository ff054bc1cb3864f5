import { test, expect, cell, waitForKernel } from './fixtures';

test('the next visit takes its start-up scripts from the service worker, and runs cells as before', async ({ page }) => {
  await page.goto('/lessons/fixture-basics/');
  await waitForKernel(page);
  // Registered once the runtime is ready and the browser idle (lib/startup-cache.ts).
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.active?.state ?? 'none')), { timeout: 30_000 })
    .toBe('activated');
  const fromWorker: string[] = [];
  const fromNetwork: string[] = [];
  page.on('response', (r) => (r.fromServiceWorker() ? fromWorker : fromNetwork).push(new URL(r.url()).pathname));
  const html = await (await page.reload())!.text();
  // The scripts the page's HTML loads at start (Next's noModule polyfills are never fetched).
  const scripts = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0])).map((m) => m[1]);
  const hello = cell(page, 'hello');
  await hello.locator('[data-action="run"]').click();
  await expect(hello).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(hello.locator('[data-output-kind="text"]')).toHaveText(/안녕 DuckDB/);
  // Every script the page loads at start came from the worker's cache; the page itself and
  // everything else (lesson data, wasm, workers) still come from the site.
  expect(scripts.length).toBeGreaterThan(5);
  const cached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('de-notebook-start-'));
    const entries = await Promise.all(names.map(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)));
    return { names, files: entries.flat() };
  });
  expect(cached.names).toHaveLength(1);
  for (const src of scripts.filter((s) => s.includes('/_next/static/'))) {
    expect(cached.files).toContain(src);
    expect(fromWorker).toContain(src);
  }
  expect(fromNetwork).toContain('/lessons/fixture-basics/');
  expect(fromWorker.filter((p) => !p.includes('/_next/static/chunks/'))).toEqual([]);
});
