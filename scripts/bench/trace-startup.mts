// Prints where start-up time goes on a lesson page (resource timings + runtime ready), cold.
import { freshBrowser } from './browser';
const base = process.env.BASE_URL ?? 'http://localhost:3000';
const path = process.argv[2] ?? '/lessons/fixture-bench/';
const b = await freshBrowser();
const page = await b.context.newPage();
const t0 = Date.now();
await page.goto(base + path, { waitUntil: 'commit' });
await page.locator('[data-kernel-status="ready"]').waitFor({ timeout: 90_000 });
const ready = Date.now() - t0;
const entries = await page.evaluate(`performance.getEntriesByType('resource').map(e => ({ n: e.name.replace(location.origin, ''), s: Math.round(e.startTime), e: Math.round(e.responseEnd), kb: Math.round(e.transferSize / 1024) }))`) as { n: string; s: number; e: number; kb: number }[];
const nav = await page.evaluate(`(() => { const n = performance.getEntriesByType('navigation')[0]; return { dcl: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) }; })()`);
console.log('navigation', nav, 'ready at', ready, 'ms');
for (const e of entries.sort((a, b) => a.s - b.s)) console.log(`${String(e.s).padStart(6)} → ${String(e.e).padStart(6)}  ${String(e.kb).padStart(6)} KB  ${e.n.slice(0, 100)}`);
await page.locator('[data-kernel-status="ready"][data-db-ready="true"]').waitFor({ timeout: 90_000 });
const marks = await page.evaluate(`performance.getEntriesByType('mark').filter(m => m.name.startsWith('de:')).map(m => m.name + ' ' + Math.round(m.startTime))`) as string[];
console.log('phases (ms since navigation):', marks.join(' · '));
await b.close();
