import { test, expect, cell, waitForHydration } from './fixtures';
import { loadLessons } from '../lib/lesson/load';

process.env.LESSONS_EXTRA = 'e2e/fixtures/lessons';
const lessons = loadLessons();

test('the index lists every lesson with its sections', async ({ page }) => {
  await page.goto('/');
  for (const l of lessons) {
    const card = page.locator(`[data-lesson-slug="${l.slug}"]`);
    await expect(card.getByRole('link', { name: l.title })).toBeVisible();
    await expect(card).toContainText(l.summary);
    await expect(card.locator('.lesson-card-sections li')).toHaveCount(l.sections.length);
  }
});

for (const lesson of lessons) {
  test(`lesson "${lesson.slug}" shows every section in the TOC and the body`, async ({ page }) => {
    await page.goto(`/lessons/${lesson.slug}/`);
    await expect(page.locator('h1')).toHaveText(lesson.title);
    for (const s of lesson.sections) {
      await expect(page.locator(`.toc [data-toc-section="${s.id}"]`)).toHaveText(s.title);
      await expect(page.locator(`[data-section-id="${s.id}"] h2`)).toContainText(s.title);
    }
    // Cells, exercises and quizzes: everything a student can run or answer.
    const runnable = [...lesson.intro, ...lesson.sections.flatMap((s) => s.blocks)].flatMap((b) =>
      b.kind === 'cell' ? [{ id: b.id, kind: b.lang }]
      : b.kind === 'exercise' ? [{ id: b.exercise.id, kind: 'exercise' }]
      : b.kind === 'quiz' ? [{ id: b.quiz.id, kind: 'quiz' }]
      : [],
    );
    await expect(page.locator('[data-cell-id]')).toHaveCount(runnable.length);
    for (const c of runnable) await expect(cell(page, c.id)).toHaveAttribute('data-cell-kind', c.kind);
  });
}

test('prose and code are in the static HTML, before any script or editor runs', async ({ request }) => {
  const long = lessons.find((l) => l.slug === 'fixture-long')!;
  const html = await (await request.get(`/lessons/${long.slug}/`)).text();
  expect(long.sections.length).toBeGreaterThanOrEqual(10);
  for (const s of long.sections) expect(html).toContain(`data-section-id="${s.id}"`);
  expect(html.match(/data-cell-id=/g)?.length).toBeGreaterThanOrEqual(20);
  expect(html).toContain('편집기가 뜨기 전에 글이 먼저 보여야 합니다.');
  expect(html).toContain('value12'); // highlighted cell source of the last cell
  expect(html).not.toContain('monaco-editor');
});

test('a section link in the TOC scrolls to its section', async ({ page }) => {
  const long = lessons.find((l) => l.slug === 'fixture-long')!;
  await page.goto(`/lessons/${long.slug}/`);
  const last = long.sections[long.sections.length - 1];
  await page.locator(`.toc [data-toc-section="${last.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(last.id)}$`));
  await expect(page.locator(`[data-section-id="${last.id}"] h2`)).toBeInViewport();
});

test('sections off screen are skipped at load, yet the page is about as tall as when every section is drawn', async ({ page }) => {
  await page.goto('/lessons/data-engineering-overview/');
  await waitForHydration(page);
  const last = page.locator('.lesson-section').last();
  // Skipped by the browser until scrolled near (content-visibility: auto).
  expect(await last.locator('h2').evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
  const estimated = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.addStyleTag({ content: '.lesson-section { content-visibility: visible !important }' });
  const drawn = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(Math.abs(estimated - drawn) / drawn, `estimated ${estimated}px, drawn ${drawn}px`).toBeLessThan(0.1);
  await expect(last.locator('h2')).toBeVisible();
});

test('a cell editor is visible and accepts typing', async ({ page }) => {
  await page.goto('/lessons/fixture-basics/');
  await waitForHydration(page);
  // Touching the static placeholder brings the editor in, in place.
  await cell(page, 'hello').locator('.cell-placeholder').click();
  const editor = cell(page, 'hello').locator('.monaco-editor');
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n// 학생이 입력함');
  await expect(cell(page, 'hello').locator('.view-lines')).toContainText('학생이 입력함');
});

test('the editor takes the placeholder\'s place without moving the page: same height, same lines', async ({ page }) => {
  await page.goto('/lessons/fixture-basics/');
  // A cell whose lines fit the width: a wider one gets Monaco's 8 px horizontal scroll bar.
  const target = cell(page, 'throws');
  const lines = await target.locator('.cell-placeholder .line').count();
  expect(lines).toBeGreaterThanOrEqual(7);
  const before = (await target.locator('.cell-editor').boundingBox())!.height;
  await waitForHydration(page);
  await target.locator('.cell-placeholder').click();
  await expect(target.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await expect(target.locator('.view-line')).not.toHaveCount(0);
  const after = (await target.locator('.cell-editor').boundingBox())!.height;
  expect(Math.abs(after - before), `placeholder ${before}px, editor ${after}px for ${lines} lines`).toBeLessThanOrEqual(2);
});

test('static listings keep ASCII diagrams aligned and are never runnable', async ({ page }) => {
  await page.goto('/lessons/fixture-basics/');
  const listing = page.locator('figure.listing', { hasText: 'source ──▶ extract' });
  await expect(listing).toBeVisible();
  await expect(listing.locator('[data-action="run"]')).toHaveCount(0);
  const font = await listing.locator('pre').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font.toLowerCase()).toContain('mono');
});
