import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** A Chromium with its own fresh profile (cold cache), so every cold run starts from nothing. */
export async function freshBrowser(): Promise<{ context: BrowserContext; profile: string; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    profile,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * In-page timer, kept as plain JS source: tsx would add `__name` helpers to a typed function,
 * which do not exist inside the page.
 */
const TIME_RUN_SRC = `async (id) => {
  const el = document.querySelector('[data-cell-id="' + id + '"]');
  // The toolbar shows Stop while a cell runs; wait for its Run button to be back.
  let button = el.querySelector('[data-action="run"]');
  for (let i = 0; !button && i < 200; i++) {
    await new Promise(function (r) { setTimeout(r, 10); });
    button = el.querySelector('[data-action="run"]');
  }
  if (!button) throw new Error('cell ' + id + ' has no Run button: ' + el.querySelector('.cell-toolbar').innerHTML.slice(0, 300));
  const t0 = performance.now();
  button.click();
  await new Promise((resolve, reject) => {
    function check() {
      const s = el.getAttribute('data-status');
      if (s === 'done') { resolve(); return true; }
      if (s === 'error') { reject(new Error('cell ' + id + ' failed: ' + el.textContent.slice(0, 300))); return true; }
      return false;
    }
    if (check()) return;
    const mo = new MutationObserver(function () { if (check()) mo.disconnect(); });
    mo.observe(el, { attributes: true });
  });
  // Painted: the frame after the DOM update has been produced.
  await new Promise(function (r) { requestAnimationFrame(function () { setTimeout(r, 0); }); });
  return performance.now() - t0;
}`;

/** Clicks a cell's Run button in the page and resolves with ms until its result is painted. */
export async function timeRun(page: Page, cellId: string): Promise<number> {
  return page.evaluate(`(${TIME_RUN_SRC})(${JSON.stringify(cellId)})`) as Promise<number>;
}

/** Total resident memory (MB) of every process of the Chromium using this profile. */
export function chromiumMemoryMb(profile: string): number {
  const procs = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const parent = new Map<number, number>();
  let root: number | undefined;
  for (const pid of procs) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(pid), ppid);
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes(profile) && !cmd.includes('--type=')) root = Number(pid);
    } catch {
      // the process ended while we looked
    }
  }
  if (root === undefined) return NaN;
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  let kb = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      // Proportional set size: shared pages are split between processes, so the sum is honest.
      const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      kb += Number(/Pss:\s+(\d+)/.exec(rollup)?.[1] ?? 0);
    } catch {
      // ended
    }
  }
  return kb / 1024;
}
