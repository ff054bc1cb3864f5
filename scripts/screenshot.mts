// Takes screenshots of pages of the production build for a human look (README, reviews).
// Usage: npx tsx scripts/screenshot.ts <url-path> <out.png> [width] [height] [runCellId...]
// Env: THEME=light|dark (the system preference the page sees), UI_LANG=ko|en (the stored interface
// language), FULL=1 (the whole page, not just the viewport), SCROLL_TO=<cell id> (centre that cell's
// last output before the shot), BASE_URL.
import { chromium } from '@playwright/test';

const [path = '/', out = 'shot.png', w = '1280', h = '900', ...run] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://localhost:3000';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const theme = process.env.THEME === 'dark' ? 'dark' : 'light';
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: theme });
if (process.env.UI_LANG) await page.addInitScript((l) => localStorage.setItem('de-notebook:ui-lang', l), process.env.UI_LANG);
page.on('console', (m) => console.log(`[page ${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
const t0 = Date.now();
await page.goto(base + path);
console.log(`loaded in ${Date.now() - t0} ms`);
if (path.includes('/lessons/')) await page.waitForSelector('[data-kernel-status="ready"]', { timeout: 60000 }).catch(() => console.log('kernel not ready'));
console.log(`kernel ready at ${Date.now() - t0} ms`);
for (const id of run) {
  const cell = page.locator(`[data-cell-id="${id}"]`);
  await cell.scrollIntoViewIfNeeded();
  await cell.locator('[data-action="run"]').click();
  await page.waitForFunction((i) => !['queued', 'running'].includes(document.querySelector(`[data-cell-id="${i}"]`)?.getAttribute('data-status') ?? ''), id, { timeout: 60000 });
  console.log(`${id}: ${await cell.getAttribute('data-status')} at ${Date.now() - t0} ms`);
}
if (process.env.SCROLL_TO) {
  await page.locator(`[data-cell-id="${process.env.SCROLL_TO}"] [data-output-kind]`).last().evaluate((el) => el.scrollIntoView({ block: 'center' }));
}
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
