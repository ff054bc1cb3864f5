import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { expect, cell, typeInto } from './fixtures';

/** The lesson the robustness specs use (e2e/fixtures/lessons/03-fixture-robustness). */
export const LESSON = '/lessons/fixture-robustness/';

/** The student's own edit of the `keeper` cell, which every bad input must leave intact. */
export const KEEPER_EDIT = "const keeperValue = '학생수정';\nkeeperValue";

/** Clicks a cell's Run and waits until it is no longer queued or running. */
export async function runCell(page: Page, id: string) {
  const c = cell(page, id);
  await c.scrollIntoViewIfNeeded();
  await c.locator('[data-action="run"]').click();
  // A fast run may already be over; a slow one must be seen leaving 'running'.
  await expect(c).toHaveAttribute('data-status', /queued|running|done|error/);
  await expect(c).not.toHaveAttribute('data-status', /queued|running/, { timeout: 45_000 });
}

/** Types `source` into a cell and runs it. */
export async function typeAndRun(page: Page, id: string, source: string) {
  await typeInto(page, id, source);
  await runCell(page, id);
}

/** The text of a cell's Monaco model (what the student sees in the editor). */
export async function editorText(page: Page, id: string): Promise<string> {
  await cell(page, id).scrollIntoViewIfNeeded();
  await cell(page, id).locator('.monaco-editor').waitFor();
  // Monaco draws spaces as no-break spaces.
  return (await cell(page, id).locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
}

/** Chromium's arguments in playwright.config.ts, for browsers a spec launches itself. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/**
 * A browser profile on disk that outlives its browser, like a student's: a test can crash the
 * tab, close the browser and open the profile again to see what the next visit finds. (After a
 * renderer crash Playwright cannot open another page in the same context.)
 */
export class Profile {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-notebook-profile-'));
  readonly outside: string[] = [];

  constructor(private readonly baseURL: string, private readonly extraArgs: string[] = []) {}

  /** Starts a browser on the profile and opens `url` in its page. */
  async open(url: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await chromium.launchPersistentContext(this.dir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, ...this.extraArgs],
      baseURL: this.baseURL,
    });
    context.on('request', (req) => {
      const u = new URL(req.url());
      if (['data:', 'blob:', 'about:'].includes(u.protocol)) return;
      if (!['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)) this.outside.push(req.url());
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    return { context, page };
  }

  /** Deletes the profile. */
  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Kills the renderer processes of a profile's browser with SIGKILL, the way the system kills a
 * tab that ran out of memory or a frozen tab the student closed: no pagehide, no cleanup.
 * (CDP's Page.crash can take minutes to return while a worker spins.) Linux only: walks /proc.
 */
export async function killTab(profile: Profile, page: Page) {
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  // One snapshot of the process table; processes of other tests come and go while we read it.
  const procs = new Map<string, { ppid: string; args: string[] }>();
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      // Processes forked from the zygote rewrite their command line as one space-separated string.
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      const ppid = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1];
      procs.set(pid, { ppid, args });
    } catch {
      // the process ended while we looked
    }
  }
  // The browser process itself: its zygotes and helpers carry the same --user-data-dir, plus a --type.
  const browser = [...procs].find(([, p]) => p.args.includes(`--user-data-dir=${profile.dir}`) && !p.args.some((a) => a.startsWith('--type=')))?.[0];
  if (!browser) throw new Error('the profile\'s browser process was not found');
  const family = new Set([browser]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of procs) if (!family.has(pid) && family.has(p.ppid)) (family.add(pid), (grew = true));
  }
  const renderers = [...family].filter((pid) => procs.get(pid)!.args.includes('--type=renderer'));
  if (renderers.length === 0) throw new Error('the profile\'s browser has no renderer process');
  for (const pid of renderers) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await crashed;
}

/** Records requests that leave localhost on a context the fixture's guard does not watch. */
export function watchOutsideRequests(context: BrowserContext): string[] {
  const outside: string[] = [];
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) outside.push(req.url());
  });
  return outside;
}

/** Counts CSP violations and script dialogs on every page of the context. */
export async function watchViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** Whether the main thread answers quickly (the page is not frozen by an output flood). */
export async function mainThreadLatency(page: Page): Promise<number> {
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  return Date.now() - t0;
}
