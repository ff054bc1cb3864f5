import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, cell, waitForKernel } from './fixtures';
import { runCell } from './robustness-helpers';

/**
 * Pages axe checks, each after the steps that give it its interesting state (outputs exist after
 * running cells). Adding a page is one line.
 */
const PAGES: { name: string; url: string; run?: string[] }[] = [
  { name: 'course index', url: '/' },
  { name: 'lesson page with outputs', url: '/lessons/fixture-basics/', run: ['hello', 'sum-sales', 'draw-chart', 'throws'] },
  { name: 'playground', url: '/playground/' },
];

/** axe's serious and critical violations, one readable line per element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const p of PAGES) {
      test(`axe finds no serious or critical violations on the ${p.name}`, async ({ page }) => {
        await page.goto(p.url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        if (p.run) {
          await waitForKernel(page);
          for (const id of p.run) await runCell(page, id);
        }
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

test('the keyboard alone reaches the content and runs a cell, with a visible focus ring', async ({ page }) => {
  await page.goto('/lessons/fixture-basics/');
  await waitForKernel(page);
  // The first Tab stop skips the navigation.
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  // Tab forward to the first cell's Run button and press it.
  const run = cell(page, 'hello').locator('[data-action="run"]');
  for (let i = 0; i < 60 && !(await run.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(run).toBeFocused();
  const outline = await run.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  await expect(cell(page, 'hello')).toHaveAttribute('data-status', 'done');
  // The status is announced: it sits in a live region.
  await expect(cell(page, 'hello').locator('.cell-status')).toHaveAttribute('role', 'status');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });
  test('no horizontal page scroll; the table of contents is collapsed and opens from the keyboard', async ({ page }) => {
    for (const url of ['/', '/lessons/fixture-basics/', '/lessons/data-engineering-overview/']) {
      await page.goto(url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, url).toBeLessThanOrEqual(375);
    }
    const toggle = page.locator('.toc-toggle');
    await expect(toggle).toBeVisible();
    await expect(page.locator('.toc [data-toc-section]').first()).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.toc [data-toc-section]').first()).toBeVisible();
  });
});
