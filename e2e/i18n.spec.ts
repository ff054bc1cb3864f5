import { test, expect, cell, waitForKernel } from './fixtures';
import { runCell } from './robustness-helpers';
import { koreanUiText } from './look-helpers';
import type { Locator } from '@playwright/test';

const LESSON = '/lessons/fixture-basics/';

test('a Korean browser gets the Korean interface', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ui-lang', 'ko');
  await expect(page.locator('h1')).toHaveText('데이터 엔지니어링 노트북', { useInnerText: true });
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });
  test('gets the English interface without choosing it', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Data Engineering Notebook', { useInnerText: true });
  });
});

test('with English chosen, the index and a lesson (after running cells) show no Korean interface text; Korean comes back with the toggle', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-ui-lang-option="en"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-ui-lang', 'en');
  await expect(page.locator('[data-ui-lang-option="en"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('h1')).toHaveText('Data Engineering Notebook', { useInnerText: true });
  expect(await koreanUiText(page)).toEqual([]);

  // The choice is remembered: the lesson page opens in English.
  await page.goto(LESSON);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Lesson content keeps the lesson's language.
  await expect(page.locator('article.lesson')).toHaveAttribute('lang', 'ko');
  await waitForKernel(page);
  await expect(page.locator('[data-kernel-status]')).toHaveText('Runtime ready', { useInnerText: true });
  for (const id of ['hello', 'sum-sales', 'draw-chart']) await runCell(page, id);
  await expect(cell(page, 'sum-sales').locator('[data-output-kind="table"] .table-foot')).toContainText('rows', { useInnerText: true });
  await expect(cell(page, 'hello').locator('.cell-status')).toHaveText(/^Done/, { useInnerText: true });
  expect(await koreanUiText(page)).toEqual([]);
  // Number ticks are formatted in the interface language (the chart itself is lesson content; its
  // category ticks are the lesson's data): 1.8M in English, 180만 in Korean.
  const ticks = cell(page, 'draw-chart').locator('.recharts-cartesian-axis-tick-value');
  await expect(ticks.filter({ hasText: /^1\.8M$/ })).toHaveCount(1);
  await expect(ticks.filter({ hasText: /[만천]$/ })).toHaveCount(0);

  // Back to Korean, at once and without a reload.
  await page.locator('[data-ui-lang-option="ko"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('[data-kernel-status]')).toHaveText('런타임 준비됨', { useInnerText: true });
  await expect(cell(page, 'hello').locator('.cell-status')).toHaveText(/^완료/, { useInnerText: true });
  await expect(cell(page, 'hello').locator('[data-action="run"]')).toHaveAttribute('aria-label', '셀 실행: hello');
  await expect(ticks.filter({ hasText: /^180만$/ })).toHaveCount(1);
});

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

/** The visible text of an output without its title (the title names the author's things, in the lesson's language). */
const textWithoutTitle = (output: Locator) =>
  output.evaluate((el) =>
    [...el.children].filter((c) => c.tagName !== 'FIGCAPTION').map((c) => (c as HTMLElement).innerText).join('\n'),
  );

test.describe('messages the runner writes, in the English interface', () => {
  test.use({ locale: 'en-US' });
  test.describe.configure({ timeout: 120_000 });

  test('a failing exercise check explains itself in English', async ({ page }) => {
    await page.goto('/lessons/fixture-exercises/');
    await waitForKernel(page);
    const panel = cell(page, 'region-revenue');
    await panel.locator('[data-action="check"]').click();
    await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
    await expect(panel.locator('[data-check-status="fail"] .check-message').first()).toContainText('expected rows', { useInnerText: true });
    expect(await koreanUiText(page)).toEqual([]);
  });

  test('simulator charts and timelines, and retry timelines, label themselves in English', async ({ page }) => {
    await page.goto('/lessons/fixture-toolkit-sim/');
    await waitForKernel(page);
    for (const id of ['sim-run', 'sim-timeline', 'retry-timeline']) await runCell(page, id);
    const chart = cell(page, 'sim-run').locator('[data-output-kind="chart"]');
    await expect(chart.locator('.chart-title')).toContainText('end-to-end latency');
    await expect(chart.locator('.recharts-legend-item', { hasText: 'Average' })).toHaveCount(1);
    expect(await chart.locator('.recharts-legend-item, .recharts-cartesian-axis-tick-value').allTextContents()).not.toContainEqual(expect.stringMatching(HANGUL));
    for (const id of ['sim-timeline', 'retry-timeline']) {
      const timeline = cell(page, id).locator('[data-output-kind="timeline"]');
      await expect(timeline).toBeVisible();
      expect(await textWithoutTitle(timeline)).not.toMatch(HANGUL);
    }
    await expect(cell(page, 'sim-timeline').locator('[data-counter="Arrived"]')).toHaveCount(1);
    expect(await koreanUiText(page)).toEqual([]);
  });
});

test('the chosen language is already on the first paint, before any script of the app has run', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('de-notebook:ui-lang', 'en'));
  // No app code at all: what is seen is the static HTML plus the inline boot script.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto(LESSON);
  await expect(page.locator('.topbar-home')).toHaveText('← Lessons', { useInnerText: true });
  await expect(page.locator('.toc-heading')).toHaveText('Contents', { useInnerText: true });
  expect(await koreanUiText(page, { painted: true })).toEqual([]);
  // Icon buttons are named in English too: the label script swapped their aria-label and title.
  await expect(page.locator('[data-action="run-all"]')).toHaveAttribute('aria-label', 'Run all');
  await expect(page.locator('[data-action="restart"]')).toHaveAttribute('title', 'Restart runtime');
  await expect(cell(page, 'hello').locator('[data-action="run"]')).toHaveAttribute('aria-label', 'Run cell: hello');
  await expect(page.locator('[data-theme-option="dark"]')).toHaveAttribute('title', 'Dark theme');
  const labelled = page.locator('[data-en-aria-label], [data-en-title]');
  expect(await labelled.count()).toBeGreaterThan(10);
  const unswapped = await labelled.evaluateAll((els) =>
    els.filter((e) => ['aria-label', 'title'].some((a) => e.hasAttribute(`data-en-${a}`) && e.getAttribute(a) !== e.getAttribute(`data-en-${a}`))).map((e) => e.outerHTML.slice(0, 120)),
  );
  expect(unswapped).toEqual([]);
});
