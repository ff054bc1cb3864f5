import { test, expect, cell, waitForKernel } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('/lessons/fixture-toolkit-sim/');
  await waitForKernel(page);
});

/** Runs a cell and waits until it is done. */
async function run(page: import('@playwright/test').Page, id: string) {
  await cell(page, id).scrollIntoViewIfNeeded();
  await cell(page, id).locator('[data-action="run"]').click();
  await expect(cell(page, id)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
}

test('the lesson clock is the same in TS and SQL, and moving it moves SQL', async ({ page }) => {
  await run(page, 'clock-ts');
  await expect(cell(page, 'clock-ts').locator('[data-output-kind="text"]')).toHaveText('2024-03-01 2024-02-29 2024-02-29 | 2024-03-02 2024-03-02');
});

test('seeded sample data loads into a DuckDB table', async ({ page }) => {
  await run(page, 'load-orders');
  await run(page, 'count-orders');
  const table = cell(page, 'count-orders').locator('[data-output-kind="table"]');
  await expect(table).toHaveAttribute('data-row-count', '1');
  await expect(table.locator('.table-row')).toContainText('500');
  await expect(table.locator('.table-row')).toContainText('true');
});

test("a simulation's latency chart renders with its three series", async ({ page }) => {
  await run(page, 'sim-run');
  const chart = cell(page, 'sim-run').locator('[data-output-kind="chart"]');
  await expect(chart).toContainText('종단 지연');
  await expect(chart.locator('.recharts-line')).toHaveCount(3);
  for (const series of ['평균', 'p95', '최대']) await expect(chart.locator('.recharts-legend-item', { hasText: series })).toHaveCount(1);
  const summary = cell(page, 'sim-run').locator('[data-output-kind="table"]');
  await expect(summary).toContainText('스트림');
  await expect(summary).toContainText('avg_latency_sec');
});

test('a timeline output plays, pauses and scrubs', async ({ page }) => {
  await run(page, 'sim-timeline');
  const tl = cell(page, 'sim-timeline').locator('[data-output-kind="timeline"]');
  await expect(tl).toBeVisible();
  await expect(tl.locator('svg circle').first()).toBeVisible();
  const total = Number(await tl.getAttribute('data-total-items'));
  expect(total).toBeGreaterThan(100);
  // It opens on the whole run: everything visible, the playhead at the end.
  await expect(tl).toHaveAttribute('data-visible-items', String(total));
  const end = Number(await tl.getAttribute('data-playhead'));

  // Play starts over from the beginning and moves forward.
  await tl.locator('[data-action="play"]').click();
  await expect(tl).toHaveAttribute('data-playing', 'true');
  await expect.poll(async () => Number(await tl.getAttribute('data-visible-items'))).toBeLessThan(total);
  await expect.poll(async () => Number(await tl.getAttribute('data-visible-items')), { timeout: 10_000 }).toBeGreaterThan(0);
  await tl.locator('[data-action="pause"]').click();
  await expect(tl).toHaveAttribute('data-playing', 'false');
  const paused = await tl.getAttribute('data-playhead');
  await page.waitForTimeout(400);
  await expect(tl).toHaveAttribute('data-playhead', paused!);
  expect(Number(paused)).toBeLessThan(end);

  // Scrubbing shows what had happened by then: the counters and visible marks follow.
  const scrub = tl.locator('[data-timeline-scrub]');
  await scrub.fill('0');
  await expect(tl).toHaveAttribute('data-visible-items', /^[0-2]$/);
  await expect(tl.locator('[data-counter="처리"] b')).toHaveText('0');
  await scrub.fill('500');
  await expect.poll(async () => Number(await tl.getAttribute('data-visible-items'))).toBeGreaterThan(0);
  expect(Number(await tl.getAttribute('data-visible-items'))).toBeLessThan(total);
  await scrub.fill('1000');
  await expect(tl).toHaveAttribute('data-visible-items', String(total));
  await expect(tl).toHaveAttribute('data-playhead', String(end));
  await expect(tl.locator('[data-counter="처리"] b')).toHaveText('40');
  await expect(tl.locator('[data-timeline-marker]')).toBeVisible(); // the watermark
});

test('a retry timeline shows each strategy as a lane of attempts and waits', async ({ page }) => {
  await run(page, 'retry-timeline');
  const c = cell(page, 'retry-timeline');
  await expect(c.locator('[data-output-kind="text"]')).toHaveText('fixed:true:6 linear:true:4 exponential:true:4');
  const tl = c.locator('[data-output-kind="timeline"]');
  await expect(tl).toContainText('전략별 재시도');
  for (const lane of ['fixed', 'linear', 'exponential']) await expect(tl).toContainText(lane);
  await expect(tl).toHaveAttribute('data-total-items', '25'); // 14 attempts and 11 waits
  await expect(tl).toContainText('대기');
  await expect(tl.locator('[data-counter="시도"] b')).toHaveText('14');
});

test('transactions roll back; MERGE and INSERT OR REPLACE upsert', async ({ page }) => {
  await run(page, 'tx-rollback');
  await expect(cell(page, 'tx-rollback').locator('[data-output-kind="text"]')).toHaveText('30 100 2 60');
});
