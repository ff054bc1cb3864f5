// Where Chromium's memory goes on a lesson page, by leaving one part out at a time: each row is
// a fresh browser that opens the page with one part's script or wasm blocked, waits for the
// page to settle, and sums PSS over every Chromium process. A part's cost is the difference to
// "nothing blocked". (Workers share the renderer process, so per-process figures cannot tell
// DuckDB, esbuild and Monaco apart.) Needs a built site served at BASE_URL (default :3000):
//   node scripts/serve.mjs out & npx tsx scripts/bench/memory-breakdown.mts [/lessons/<slug>/]
import fs from 'node:fs';
import path from 'node:path';
import { freshBrowser } from './browser';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const lesson = process.argv[2] ?? '/lessons/data-engineering-overview/';
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 12_000);

/** The chunk that contains `marker` (chunk names are content hashes, so they are looked up). */
function chunkWith(marker: string): string {
  const dir = 'out/_next/static/chunks';
  const hit = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).find((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes(marker));
  if (!hit) throw new Error(`no chunk contains ${marker}: build first`);
  return hit.replace(/\.js$/, '');
}

const parts: [string, string | undefined][] = [
  ['nothing blocked', undefined],
  ['esbuild-wasm (compile worker)', 'esbuild.*\\.wasm'],
  ['DuckDB-wasm', 'duckdb-eh\\.wasm'],
  ["Monaco's TypeScript worker", chunkWith('createLanguageService')],
  ['Monaco (editors and their workers)', chunkWith('editor.contrib.suggestController')],
  ['all scripts (the page as static HTML)', '\\.js($|\\?|#)'],
];

/** PSS in MB summed over every Chromium process, and the largest renderer. */
function pss(): { total: number; renderer: number } {
  let total = 0, renderer = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chromium')) continue;
      const mb = Number(/Pss:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) / 1024;
      total += mb;
      if (cmd.includes('--type=renderer')) renderer = Math.max(renderer, mb);
    } catch {
      // the process ended while we looked
    }
  }
  return { total, renderer };
}

let baseline = NaN;
console.log(`${lesson}, ${SETTLE_MS / 1000} s after navigation, PSS of all Chromium processes (MB)`);
for (const [name, block] of parts) {
  const b = await freshBrowser();
  const page = b.context.pages()[0] ?? (await b.context.newPage());
  if (block) await page.route(new RegExp(block), (r) => r.abort());
  await page.goto(base + lesson);
  await page.waitForTimeout(SETTLE_MS);
  const { total, renderer } = pss();
  if (!block) baseline = total;
  const cost = block ? `  → costs ${Math.round(baseline - total)} MB` : '';
  console.log(`${name.padEnd(40)} ${String(Math.round(total)).padStart(5)} (largest renderer ${Math.round(renderer)})${cost}`);
  await b.close();
}
