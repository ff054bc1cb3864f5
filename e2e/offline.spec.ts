import { test, expect, waitForKernel } from './fixtures';
import { loadLessons } from '../lib/lesson/load';
import { watchViolations } from './robustness-helpers';

// Uses the `context` fixture: its page must belong to it (see fixtures.ts).
test.use({ isolatedContext: true });

/*
 * Offline, always: Run all of every lesson makes no request outside the site (the fixture's guard
 * fails the test otherwise), and the page's Content-Security-Policy never gets in the way.
 */
process.env.LESSONS_EXTRA = 'e2e/fixtures/lessons';
// Every course lesson, and the fixture lessons whose features start extra workers and wasm (the
// Parquet codec, the simulator's timelines). The other fixture lessons run in their own specs,
// under the same offline guard; fixture-bench holds the benchmark's million-row loads.
const WITH_WORKERS = new Set(['fixture-lake', 'fixture-toolkit-sim']);
const lessons = loadLessons().filter((l) => !l.slug.startsWith('fixture-') || WITH_WORKERS.has(l.slug));

for (const lesson of lessons) {
  test(`Run all of "${lesson.slug}" stays on the site and breaks no policy`, async ({ page, context }) => {
    test.setTimeout(240_000);
    await watchViolations(context);
    await page.goto(`/lessons/${lesson.slug}/`);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    await waitForKernel(page);
    await page.locator('[data-action="run-all"]').click();
    await expect(page.locator('[data-cell-id]:not([data-status="idle"])').first()).toBeAttached();
    await expect
      .poll(() => page.locator('[data-cell-id][data-status="queued"], [data-cell-id][data-status="running"]').count(), {
        timeout: 200_000,
        intervals: [500],
      })
      .toBe(0);
    // Every cell Run all runs succeeded: nothing it needed was blocked.
    await expect(page.locator('[data-cell-id][data-status="error"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });
}
