/**
 * Phase 2 of `lessons:check`: runs each lesson that parsed in headless Chromium against the
 * production build, through the build's /lesson-check/ page (lib/lesson-check/run-lesson.ts).
 * Serves `out/` with the site's own static server on a free port; answers the lessons' data file
 * requests straight from their folders.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { LessonFolder } from '../lib/lesson/discover';
import type { Lesson } from '../lib/lesson/types';
import { LESSON_CHECK_GLOBAL, type LessonCheckFn, type LessonCheckResult } from '../lib/lesson-check/types';

/** Chromium flags that keep it off the network (see shared stack notes). */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];
/** A whole lesson, every cell and exercise, must finish within this. */
const LESSON_TIMEOUT_MS = 15 * 60_000;
const DATA_PREFIX = '/__lesson-check-data__';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts scripts/serve.mjs on a free port; resolves once it answers. */
async function serve(root: string, outDir: string): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), outDir], {
    env: { ...process.env, PORT: String(port), NEXT_PUBLIC_BASE_PATH: '', BASE_PATH: '' },
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return { url, server };
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error('the static server did not start');
}

/** The lesson without its prose, which the run does not need. */
function runnable(lesson: Lesson): Lesson {
  const keep = <T extends { kind: string }>(blocks: T[]) => blocks.filter((b) => b.kind !== 'prose');
  return { ...lesson, intro: keep(lesson.intro), sections: lesson.sections.map((s) => ({ ...s, blocks: keep(s.blocks) })) };
}

async function runOne(browser: Browser, url: string, folder: LessonFolder, lesson: Lesson): Promise<LessonCheckResult> {
  // The site's default interface language, whatever the machine's: messages written by checks
  // follow the interface language, and the report must read the same on every machine.
  const context = await browser.newContext({ locale: 'ko-KR' });
  try {
    const page = await context.newPage();
    await page.route(`**${DATA_PREFIX}/**`, async (route) => {
      const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(DATA_PREFIX.length + 1));
      const file = path.resolve(folder.dir, name);
      if (!file.startsWith(folder.dir + path.sep) || !fs.existsSync(file)) return route.fulfill({ status: 404 });
      return route.fulfill({ status: 200, body: fs.readFileSync(file), contentType: 'application/octet-stream' });
    });
    await page.goto(`${url}/lesson-check/`);
    await page.waitForSelector('[data-lesson-check="ready"]', { timeout: 60_000 });
    page.setDefaultTimeout(LESSON_TIMEOUT_MS);
    return await page.evaluate(
      ([name, request]) => (window as unknown as Record<string, LessonCheckFn>)[name](request),
      [LESSON_CHECK_GLOBAL, { lesson: runnable(lesson), dataUrl: DATA_PREFIX }] as const,
    );
  } finally {
    await context.close();
  }
}

/**
 * Runs every lesson in one browser, one page after the other (two cores: a DuckDB page at a time).
 * `report` is called per lesson as soon as it is done.
 */
export async function runLessons(
  root: string,
  outDir: string,
  lessons: { folder: LessonFolder; lesson: Lesson }[],
  report: (folder: LessonFolder, result: LessonCheckResult | Error) => void,
): Promise<void> {
  if (lessons.length === 0) return;
  const { url, server } = await serve(root, outDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    for (const { folder, lesson } of lessons) {
      report(folder, await runOne(browser, url, folder, lesson).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
    }
  } finally {
    await browser.close();
    server.kill();
  }
}
