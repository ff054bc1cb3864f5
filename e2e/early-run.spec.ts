import { test, expect, cell } from './fixtures';

test('a Run clicked while the page is still loading runs once the notebook is live, exactly once', async ({ page }) => {
  // Hold the app's scripts back so the click surely lands before hydration.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/_next/static/chunks/*.js', async (route) => (await held, route.continue()));
  await page.goto('/lessons/fixture-basics/', { waitUntil: 'commit' });
  await expect(page.locator('[data-action="run-all"]')).toBeDisabled(); // not hydrated yet
  await cell(page, 'hello').locator('[data-action="run"]').click();
  await cell(page, 'hello').locator('[data-action="run"]').click(); // a second click queues nothing more
  release();
  const hello = cell(page, 'hello');
  await expect(hello).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(hello.locator('[data-output-kind="text"]')).toHaveText(/안녕 DuckDB/);
  await expect(hello.locator('[data-output-kind="text"]')).toHaveCount(1);
  await expect(cell(page, 'uses-var')).toHaveAttribute('data-status', 'idle');
});

test('a Run clicked at the moment the notebook goes live is not lost', async ({ page }) => {
  // Click exactly when the page stops keeping early clicks (the notebook takes them over): from
  // then on only the cell's own Run handler can answer, and it must already see the notebook.
  await page.addInitScript(() => {
    let queue: unknown;
    Object.defineProperty(window, '__deEarlyRuns', {
      configurable: true,
      get: () => queue,
      set: (next) => {
        const taken = queue !== undefined && next === undefined;
        queue = next;
        if (taken) document.querySelector('[data-cell-id="hello"] [data-action="run"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      },
    });
  });
  await page.goto('/lessons/fixture-basics/');
  const hello = cell(page, 'hello');
  await expect(hello).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(hello.locator('[data-output-kind="text"]')).toHaveCount(1);
});
