// Prints where start-up time goes on a lesson page (resource timings + runtime ready), cold.
// RUN=<cell id> also clicks that cell's Run as soon as the page commits (like `npm run bench`'s
// first-result figure) and adds `cell:<status>` marks; VISITS=n repeats the visit in the same
// profile (warm cache) n-1 times.
//   node scripts/serve.mjs out & npx tsx scripts/bench/trace-startup.mts [/lessons/<slug>/]
import { freshBrowser } from './browser';
const base = process.env.BASE_URL ?? 'http://localhost:3000';
const path = process.argv[2] ?? '/lessons/fixture-bench/';
const cellId = process.env.RUN;
const visits = Number(process.env.VISITS ?? 1);
// Marks each status of the cell once, and `painted` on the frame after it is done.
const WATCH = `(id) => new MutationObserver(() => {
  const c = document.querySelector('[data-cell-id="' + id + '"]');
  const s = c && c.getAttribute('data-status');
  if (!s || performance.getEntriesByName('cell:' + s).length) return;
  performance.mark('cell:' + s);
  if (s === 'done') requestAnimationFrame(() => setTimeout(() => performance.mark('painted'), 0));
}).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-status'] })`;
const b = await freshBrowser();
for (let visit = 1; visit <= visits; visit++) {
  const page = await b.context.newPage();
  const t0 = Date.now();
  await page.goto(base + path, { waitUntil: 'commit' });
  if (cellId) {
    await page.evaluate(`(${WATCH})(${JSON.stringify(cellId)})`).catch(() => {});
    await page.locator(`[data-cell-id="${cellId}"] [data-action="run"]`).click();
    await page.locator(`[data-cell-id="${cellId}"][data-status="done"]`).waitFor({ timeout: 60_000 });
    console.log(`visit ${visit}: navigation → ${cellId} done, seen by the driver: ${Date.now() - t0} ms`);
  }
  await page.locator('[data-kernel-status="ready"]').waitFor({ timeout: 90_000 });
  const ready = Date.now() - t0;
  if (visit === 1) {
    const entries = await page.evaluate(`performance.getEntriesByType('resource').map(e => ({ n: e.name.replace(location.origin, ''), s: Math.round(e.startTime), e: Math.round(e.responseEnd), kb: Math.round(e.transferSize / 1024) }))`) as { n: string; s: number; e: number; kb: number }[];
    const nav = await page.evaluate(`(() => { const n = performance.getEntriesByType('navigation')[0]; return { dcl: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) }; })()`);
    console.log('navigation', nav, 'ready at', ready, 'ms');
    for (const e of entries.sort((a, b) => a.s - b.s)) console.log(`${String(e.s).padStart(6)} → ${String(e.e).padStart(6)}  ${String(e.kb).padStart(6)} KB  ${e.n.slice(0, 100)}`);
  }
  await page.locator('[data-kernel-status="ready"][data-db-ready="true"]').waitFor({ timeout: 90_000 });
  const marks = await page.evaluate(`performance.getEntriesByType('mark').filter(m => m.name.startsWith('de:') || m.name.startsWith('cell:') || m.name === 'painted').sort((a, b) => a.startTime - b.startTime).map(m => m.name + ' ' + Math.round(m.startTime))`) as string[];
  console.log(`visit ${visit} phases (ms since navigation):`, marks.join(' · '));
  await page.close();
}
await b.close();
