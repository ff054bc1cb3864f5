import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, cell, waitForKernel } from './fixtures';

// Uses the `context` fixture: its page must belong to it (see fixtures.ts).
test.use({ isolatedContext: true });

/**
 * The site deployed under a sub-path, as on a GitHub project page: `npm run build:base-path`
 * builds the fixture lesson with BASE_PATH=/de-notebook into out-base/; this spec serves it under
 * that prefix and runs a TypeScript and a SQL cell there. Every request the page makes (pages,
 * scripts, workers, wasm, lesson data) must stay under the prefix on the same origin.
 */
test.describe.configure({ timeout: 180_000 });

const BASE = '/de-notebook';
const OUT = path.resolve(__dirname, '../out-base');
const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const ORIGIN = `http://localhost:${PORT}`;

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  if (!fs.existsSync(path.join(OUT, 'index.html'))) throw new Error('out-base/ is missing: run `npm run build:base-path` first');
  server = spawn(process.execPath, [path.resolve(__dirname, '../scripts/serve.mjs'), OUT], {
    env: { ...process.env, PORT: String(PORT), BASE_PATH: BASE },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${ORIGIN}${BASE}/`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the static server did not start');
});

test.afterAll(() => {
  server?.kill();
});

test('under a sub-path the course opens, a TS cell and a SQL cell run, and no request leaves the prefix', async ({ page, context }) => {
  const escaped: string[] = [];
  const failed: string[] = [];
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== ORIGIN || !url.pathname.startsWith(`${BASE}/`)) escaped.push(req.url());
  });
  context.on('response', (res) => res.status() >= 400 && failed.push(`${res.status()} ${res.url()}`));

  await page.goto(`${ORIGIN}${BASE}/`);
  await page.locator(`a[href="${BASE}/lessons/fixture-basics/"]`).first().click();
  await expect(page).toHaveURL(`${ORIGIN}${BASE}/lessons/fixture-basics/`);
  await waitForKernel(page);

  await cell(page, 'hello').locator('[data-action="run"]').click();
  await expect(cell(page, 'hello')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(cell(page, 'hello').locator('[data-output-kind="text"]')).toHaveText('안녕 DuckDB');

  const sql = cell(page, 'sum-sales');
  await sql.scrollIntoViewIfNeeded();
  await sql.locator('[data-action="run"]').click();
  await expect(sql).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(sql.locator('[data-output-kind="table"]')).toHaveAttribute('data-row-count', '3');

  // The notebook download fetches the lesson's export file from under the prefix too.
  await page.locator('[data-action="download-notebook"]').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-markdown"]').click()]);
  expect(download.suggestedFilename()).toBe('fixture-basics.md');

  expect(escaped, 'requests outside the base path').toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
});
