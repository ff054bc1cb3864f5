import { test, expect, cell, typeInto, waitForKernel } from './fixtures';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/fixture-exercises/';
const SOLUTION = "CREATE OR REPLACE TABLE region_revenue AS\nSELECT region, SUM(amount) AS revenue FROM orders WHERE status = 'completed' GROUP BY region";

/** Presses Check and waits for the report. */
async function check(page: Page) {
  const panel = cell(page, 'region-revenue');
  await panel.locator('[data-action="check"]').click();
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  return panel;
}

// Each Check runs the student's code twice (hidden data, then the lesson's) and the checks: give
// the tests that press it room on a loaded two-core machine.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.goto(LESSON);
});

test('the starter fails, and a wrong answer shows expected and found rows side by side', async ({ page }) => {
  await waitForKernel(page);
  let panel = await check(page);
  await expect(panel.locator('[data-check-status="fail"]')).not.toHaveCount(0);
  await expect(panel).toHaveAttribute('data-activity-status', 'attempted');

  // Forgot to leave out cancelled orders: 서울 and 대구 come out too high.
  await typeInto(page, 'revenue-starter', 'CREATE OR REPLACE TABLE region_revenue AS\nSELECT region, SUM(amount) AS revenue FROM orders GROUP BY region');
  panel = await check(page);
  await expect(panel.locator('[data-check-status]')).toHaveCount(3);
  await expect(panel.locator('[data-check-status="pass"]')).toHaveCount(2);
  const failing = panel.locator('[data-check-status="fail"]');
  await expect(failing).toContainText('지역별 완료 매출이 맞다');
  await expect(failing).toContainText('기대한 행 2개가 결과에 없고, 기대하지 않은 행 2개가 있습니다.');
  const diff = failing.locator('[data-row-diff]');
  await expect(diff.locator('thead')).toContainText('기대');
  await expect(diff.locator('thead')).toContainText('실제');
  // 서울: 15000 expected (12000 + 3000), 20000 found (the cancelled 5000 counted).
  const seoul = diff.locator('tbody tr', { hasText: '서울' });
  await expect(seoul.locator('td.expected')).toHaveText(['서울', '15000']);
  await expect(seoul.locator('td.actual')).toHaveText(['서울', '20000']);
  await expect(seoul.locator('td.differs')).toHaveCount(2);
  await expect(panel).toContainText('검사 3개 중 2개 통과');
});

test('a hard-coded answer passes the visible data but fails on the hidden data set', async ({ page }) => {
  await waitForKernel(page);
  await typeInto(
    page,
    'revenue-starter',
    "CREATE OR REPLACE TABLE region_revenue AS\nSELECT * FROM (VALUES ('서울', 15000), ('부산', 25000), ('대구', 15000)) t(region, revenue)",
  );
  const panel = await check(page);
  const failing = panel.locator('[data-check-status="fail"]');
  await expect(failing).toHaveCount(1);
  await expect(failing).toHaveAttribute('data-check-dataset', 'hidden');
  await expect(failing).toContainText('숨은 데이터');
  await expect(failing.locator('tbody')).toContainText('광주');
  await expect(panel).toContainText('값을 코드에 직접 적지 말고 데이터에서 계산하세요');
  await expect(panel).not.toHaveAttribute('data-activity-status', 'solved');
  // The student's table is the one built from the lesson's data, not from the hidden set.
  await typeInto(page, 'peek', 'SELECT COUNT(*) AS n FROM orders');
  await cell(page, 'peek').locator('[data-action="run"]').click();
  await expect(cell(page, 'peek').locator('[data-output-kind="table"]')).toContainText('8');
});

test('the right answer passes every check, and the solved status survives a reload in the TOC and the index', async ({ page }) => {
  await waitForKernel(page);
  await typeInto(page, 'revenue-starter', SOLUTION);
  const panel = await check(page);
  await expect(panel.locator('[data-check-status="pass"]')).toHaveCount(3);
  await expect(panel.locator('[data-check-status="fail"]')).toHaveCount(0);
  await expect(panel).toContainText('모든 검사를 통과했습니다');
  await expect(panel).toHaveAttribute('data-activity-status', 'solved');
  const badge = page.locator('.toc [data-toc-activity="region-revenue"] [data-activity-status]');
  await expect(badge).toHaveAttribute('data-activity-status', 'solved');

  await page.reload();
  await expect(badge).toHaveAttribute('data-activity-status', 'solved');
  await expect(cell(page, 'region-revenue')).toHaveAttribute('data-activity-status', 'solved');
  await expect(cell(page, 'region-revenue')).toContainText('시도 1회');

  await page.goto('/');
  const progress = page.locator('[data-lesson-progress="fixture-exercises"]');
  await expect(progress).toHaveAttribute('data-solved', '1');
  await expect(progress).toHaveAttribute('data-total', '4');
  await page.locator('[data-student-name]').fill('김하늘');
  const download = page.waitForEvent('download');
  await page.locator('[data-action="export-progress"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^de-notebook-progress-김하늘-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(await (await import('node:fs')).promises.readFile((await file.path())!, 'utf8'));
  expect(json.student).toBe('김하늘');
  const lesson = json.lessons.find((l: { slug: string }) => l.slug === 'fixture-exercises');
  expect(lesson.activities.find((a: { id: string }) => a.id === 'region-revenue')).toMatchObject({ status: 'solved', attempts: 1, lastPassed: 3, lastTotal: 3 });
});

test('hints come one at a time, the solution after a confirmation, and reset brings the starter back', async ({ page }) => {
  const panel = cell(page, 'region-revenue');
  const hint = panel.locator('[data-action="hint"]');
  await expect(panel.locator('[data-hint]')).toHaveCount(0);
  await hint.click();
  await expect(panel.locator('[data-hint]')).toHaveCount(1);
  await expect(panel.locator('[data-hint="1"]')).toContainText("WHERE status = 'completed'");
  await hint.click();
  await expect(panel.locator('[data-hint="2"]')).toContainText('SUM(amount)');
  await expect(hint).toBeDisabled();

  page.once('dialog', (d) => void d.dismiss());
  await panel.locator('[data-action="solution"]').click();
  await expect(panel.locator('[data-solution]')).toHaveCount(0);
  page.once('dialog', (d) => void d.accept());
  await panel.locator('[data-action="solution"]').click();
  await expect(panel.locator('[data-solution]')).toContainText("WHERE status = 'completed'");

  await waitForKernel(page);
  page.once('dialog', (d) => void d.accept());
  await panel.locator('[data-action="apply-solution"]').click();
  const editor = cell(page, 'revenue-starter').locator('.view-lines');
  await expect(editor).toContainText("WHERE status = 'completed'");
  await check(page);
  await expect(panel).toHaveAttribute('data-activity-status', 'solved');

  page.once('dialog', (d) => void d.accept());
  await panel.locator('[data-action="reset"]').click();
  await expect(editor).toContainText('0 AS revenue');
  await expect(editor).not.toContainText('completed');

  // The hints stay revealed after a reload.
  await page.reload();
  await expect(cell(page, 'region-revenue').locator('[data-hint]')).toHaveCount(2);
});

test('a quiz marks right and wrong answers on the spot, with each explanation', async ({ page }) => {
  const single = cell(page, 'report-mode');
  await single.locator('[data-quiz-option="2"]').click();
  await expect(single.locator('[data-quiz-option="2"]')).toHaveAttribute('data-quiz-status', 'wrong');
  await expect(single).toContainText('처리기를 종일 켜 둘 이유가 없습니다');
  await expect(single.locator('[data-quiz-item="1"]')).toHaveAttribute('data-quiz-status', 'wrong');
  await single.locator('[data-quiz-option="1"]').click();
  await expect(single.locator('[data-quiz-option="1"]')).toHaveAttribute('data-quiz-status', 'correct');
  await expect(single.locator('[data-quiz-item="1"]')).toHaveAttribute('data-quiz-status', 'correct');
  await expect(single).toHaveAttribute('data-quiz-status', 'correct');

  const scenarios = cell(page, 'modes');
  await scenarios.locator('[data-quiz-item="1"] [data-quiz-option="1"]').click();
  await expect(scenarios.locator('[data-quiz-item="1"] [data-quiz-option="1"]')).toHaveAttribute('data-quiz-status', 'wrong');
  await expect(scenarios.locator('[data-quiz-item="1"]')).toContainText('알림이 하루 늦습니다');
  await scenarios.locator('[data-quiz-item="1"] [data-quiz-option="2"]').click();
  await scenarios.locator('[data-quiz-item="2"] [data-quiz-option="1"]').click();
  await expect(scenarios).toHaveAttribute('data-quiz-status', 'correct');

  const multiple = cell(page, 'safe-rerun');
  await multiple.locator('[data-quiz-option="1"]').click();
  await multiple.locator('[data-action="check"]').click();
  await expect(multiple.locator('[data-quiz-option="1"]')).toHaveAttribute('data-quiz-status', 'correct');
  await expect(multiple.locator('[data-quiz-option="2"]')).toHaveAttribute('data-quiz-status', 'missed');
  await expect(multiple.locator('[data-quiz-item="1"]')).toHaveAttribute('data-quiz-status', 'wrong');
  await multiple.locator('[data-quiz-option="2"]').click();
  await multiple.locator('[data-action="check"]').click();
  await expect(multiple.locator('[data-quiz-item="1"]')).toHaveAttribute('data-quiz-status', 'correct');
  await expect(page.locator('.toc [data-toc-activity="safe-rerun"] [data-activity-status]')).toHaveAttribute('data-activity-status', 'solved');
});

test('quiz answers and their marking are shown again after a reload, and answering goes on from them', async ({ page }) => {
  const single = cell(page, 'report-mode');
  await single.locator('[data-quiz-option="2"]').click();
  await single.locator('[data-quiz-option="1"]').click();
  await expect(single).toHaveAttribute('data-activity-status', 'solved'); // stored
  const scenarios = cell(page, 'modes');
  await scenarios.locator('[data-quiz-item="1"] [data-quiz-option="1"]').click();
  await expect(scenarios).toHaveAttribute('data-activity-status', 'attempted');
  const multiple = cell(page, 'safe-rerun');
  await multiple.locator('[data-quiz-option="1"]').click();
  await multiple.locator('[data-action="check"]').click();
  await expect(multiple).toHaveAttribute('data-activity-status', 'attempted');
  await multiple.locator('[data-quiz-option="3"]').click(); // ticked, never confirmed: not an answer

  await page.reload();
  // Single choice: both tries marked, each with its explanation; the last one chosen.
  await expect(single.locator('[data-quiz-option="1"]')).toHaveAttribute('data-quiz-status', 'correct');
  await expect(single.locator('[data-quiz-option="2"]')).toHaveAttribute('data-quiz-status', 'wrong');
  await expect(single.locator('[data-quiz-option="1"]')).toHaveAttribute('aria-checked', 'true');
  await expect(single).toContainText('처리기를 종일 켜 둘 이유가 없습니다');
  await expect(single).toHaveAttribute('data-quiz-status', 'correct');
  // Scenarios: the answered one marked wrong, the other untouched, the quiz not yet right.
  await expect(scenarios.locator('[data-quiz-item="1"]')).toHaveAttribute('data-quiz-status', 'wrong');
  await expect(scenarios.locator('[data-quiz-item="1"]')).toContainText('알림이 하루 늦습니다');
  await expect(scenarios.locator('[data-quiz-item="2"]')).not.toHaveAttribute('data-quiz-status', /./);
  await expect(scenarios).not.toHaveAttribute('data-quiz-status', 'correct');
  // Multiple choice: the confirmed set, marked; the unconfirmed tick is gone.
  await expect(multiple.locator('[data-quiz-option="1"]')).toHaveAttribute('aria-checked', 'true');
  await expect(multiple.locator('[data-quiz-option="1"]')).toHaveAttribute('data-quiz-status', 'correct');
  await expect(multiple.locator('[data-quiz-option="2"]')).toHaveAttribute('data-quiz-status', 'missed');
  await expect(multiple.locator('[data-quiz-option="3"]')).toHaveAttribute('aria-checked', 'false');

  await scenarios.locator('[data-quiz-item="1"] [data-quiz-option="2"]').click();
  await scenarios.locator('[data-quiz-item="2"] [data-quiz-option="1"]').click();
  await expect(scenarios).toHaveAttribute('data-quiz-status', 'correct');
  await expect(scenarios).toHaveAttribute('data-activity-status', 'solved');
});
