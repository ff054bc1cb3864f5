import { spawnSync } from 'node:child_process';
import { test, expect } from './fixtures';

/**
 * `npm run lessons:check` end to end: the CLI runs fixture lessons in headless Chromium against the
 * production build this suite tests (--no-build: it must not rebuild it), and reports located issues.
 */
const FIXTURES = 'scripts/__fixtures__/lessons-check-run';

function lessonsCheck(lesson: string) {
  const run = spawnSync('npx', ['tsx', 'scripts/lessons-check.ts', '--no-build', `${FIXTURES}/${lesson}`], { encoding: 'utf8', timeout: 240_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test.describe.configure({ timeout: 300_000 });

test('a lesson whose cells, exercise solution and quiz key all work passes', () => {
  const { code, stdout, stderr } = lessonsCheck('01-ok');
  expect(stderr).toBe('');
  expect(stdout).toMatch(new RegExp(`^ok ${FIXTURES}/01-ok/index.md: 1 section, 3 cells, 1 exercise, 1 quiz; ran 3 cells in [\\d.]+ s$`, 'm'));
  expect(code).toBe(0);
});

test('a broken cell is reported at its line, and a norun cell that does not compile too', () => {
  const { code, stdout, stderr } = lessonsCheck('02-broken-cell');
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(new RegExp(`^${FIXTURES}/02-broken-cell/index.md:16:\\d+: cell 'broken' failed: TypeError: .*\\(reading 'n'\\) \\(not run after it: never-run\\)$`));
  expect(lines[1]).toMatch(new RegExp(`^${FIXTURES}/02-broken-cell/index.md:24:\\d+: cell 'slow' does not compile: `));
  expect(stdout).toContain(`FAIL ${FIXTURES}/02-broken-cell/index.md: 2 issues`);
  expect(code).toBe(1);
});

test('a reference solution that fails a check is reported at that check, with expected and found', () => {
  const { code, stdout, stderr } = lessonsCheck('03-solution-fails');
  expect(stderr).toBe(
    `${FIXTURES}/03-solution-fails/index.md:24:1: exercise 'total': the solution fails check '전체 합계': 합계: 값이 다릅니다. (expected 35, found 15)\n`,
  );
  expect(stdout).toContain(`FAIL ${FIXTURES}/03-solution-fails/index.md: 1 issue`);
  expect(code).toBe(1);
});

test('a starter that already passes every check is reported at the starter cell', () => {
  const { code, stderr } = lessonsCheck('04-starter-passes');
  expect(stderr).toBe(
    `${FIXTURES}/04-starter-passes/index.md:12:1: exercise 'cities': the starter code already passes every check, so the checks cannot tell a solved exercise from an untouched one; make them stricter, or add 'passes' to the starter cell if that is intended\n`,
  );
  expect(code).toBe(1);
});
