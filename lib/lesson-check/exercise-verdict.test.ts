import { describe, expect, it } from 'vitest';
import type { Exercise } from '@/lib/lesson/types';
import type { CheckReport } from '@/lib/exercise/types';
import { checkLine, solutionIssues, starterIssues } from './exercise-verdict';

const exercise: Exercise = {
  id: 'total',
  title: 't',
  anchor: 'a',
  section: 's',
  line: 12,
  starters: ['start'],
  solutions: [{ lang: 'sql', source: 'SELECT 1', line: 16 }],
  checks: [{ lang: 'ts', source: "check('한 행', async () => {\n});\ncheck(\"전체 합계\", () => {});", line: 20 }],
  hiddenData: [{ lang: 'sql', source: 'CREATE TABLE x AS SELECT 1', line: 30 }],
  hints: [],
  starterPasses: false,
};

const passed: CheckReport = { outcome: 'passed', checks: [{ index: 0, name: '한 행', status: 'pass' }] };

describe('lessons:check verdicts on an exercise', () => {
  it('finds the line that registers a check by its name', () => {
    expect(checkLine(exercise, '한 행')).toBe(21);
    expect(checkLine(exercise, '전체 합계')).toBe(23);
    expect(checkLine(exercise, 'gone')).toBe(20);
  });

  it('wants the starter to fail a check, unless it passes on purpose', () => {
    const issues = starterIssues(exercise, passed);
    expect(issues).toHaveLength(1);
    expect(issues[0].line).toBe(12);
    expect(issues[0].message).toMatch(/^exercise 'total': the starter code already passes every check/);
    expect(starterIssues({ ...exercise, starterPasses: true }, passed)).toEqual([]);
    expect(starterIssues(exercise, { outcome: 'failed', checks: [{ index: 0, name: '한 행', status: 'fail' }] })).toEqual([]);
  });

  it('places solution failures at the failing check, the solution line or the hidden-data line', () => {
    const report: CheckReport = {
      outcome: 'failed',
      checks: [{ index: 1, name: '전체 합계', status: 'fail', dataset: 'hidden', failure: { message: '값이 다릅니다.', expected: '35', actual: '15' } }],
      codeError: { cellId: 'start', dataset: 'hidden', name: 'Error', message: 'boom', line: 2 },
    };
    expect(solutionIssues(exercise, report)).toEqual([
      { line: 18, column: 1, message: "exercise 'total': the solution fails to run on the hidden data: Error: boom" },
      { line: 23, column: 1, message: "exercise 'total': the solution fails check '전체 합계' on the hidden data: 값이 다릅니다. (expected 35, found 15)" },
    ]);
    expect(solutionIssues(exercise, { outcome: 'setup-error', checks: [], setupError: { role: 'hidden-data', part: 0, line: 1, message: 'Parser Error: x' } })).toEqual([
      { line: 31, column: 1, message: "exercise 'total': the hidden-data code failed while checking the solution: Parser Error: x" },
    ]);
  });
});
