/**
 * Turns the report of checking an exercise's starter or solution into lesson-file issues: the
 * solution must pass every check, the starter must fail at least one (unless it `passes`).
 */
import type { CheckReport } from '@/lib/exercise/types';
import type { Exercise } from '@/lib/lesson/types';
import type { RunIssue } from './types';

/** The file line where check `name` is registered: the line of its name in the check code. */
export function checkLine(exercise: Exercise, name: string): number {
  for (const code of exercise.checks) {
    const lines = code.source.split('\n');
    const i = lines.findIndex((l) => ['"', "'", '`'].some((q) => l.includes(`${q}${name}${q}`)));
    if (i >= 0) return code.line + 1 + i;
  }
  return exercise.checks[0]?.line ?? exercise.line;
}

/** Issues for problems any Check can show: the exercise's own code failing, checks not finishing. */
function setupIssues(exercise: Exercise, report: CheckReport, run: string): RunIssue[] {
  const at = (line: number, message: string): RunIssue => ({ line, column: 1, message: `exercise '${exercise.id}': ${message}` });
  const { setupError, incomplete, outcome } = report;
  if (outcome === 'interrupted') return [at(exercise.line, `checking ${run} was interrupted`)];
  if (setupError) {
    const list = setupError.role === 'check' ? exercise.checks : setupError.role === 'hidden-data' ? exercise.hiddenData : [];
    const code = list[setupError.part ?? 0];
    const line = code ? code.line + (setupError.line ?? 1) : exercise.line;
    return [at(line, `the ${setupError.role === 'database' ? 'hidden-data database' : `${setupError.role} code`} failed while checking ${run}: ${setupError.message}`)];
  }
  return incomplete ? [at(exercise.checks[0]?.line ?? exercise.line, `the checks did not finish on ${run}: ${incomplete}`)] : [];
}

/** What is wrong when the reference solution was checked. */
export function solutionIssues(exercise: Exercise, report: CheckReport): RunIssue[] {
  const issues = setupIssues(exercise, report, 'the solution');
  if (report.outcome === 'setup-error' || report.outcome === 'interrupted') return issues;
  const at = (line: number, message: string) => issues.push({ line, column: 1, message: `exercise '${exercise.id}': ${message}` });
  const { codeError } = report;
  if (codeError) {
    const k = exercise.starters.indexOf(codeError.cellId);
    const where = k >= 0 ? exercise.solutions[k].line + (codeError.line ?? 1) : exercise.line;
    const data = codeError.dataset === 'hidden' ? ' on the hidden data' : '';
    at(where, `the solution fails to run${data}: ${codeError.name}: ${codeError.message}`);
  }
  for (const c of report.checks.filter((x) => x.status === 'fail')) {
    const data = c.dataset === 'hidden' ? ' on the hidden data' : '';
    const f = c.failure;
    const values = f && (f.expected !== undefined || f.actual !== undefined) ? ` (expected ${f.expected ?? '?'}, found ${f.actual ?? '?'})` : '';
    const rows = f?.diff ? ` (first differing row: expected ${f.diff.rows[0]?.expected?.join(' | ') ?? '—'}, found ${f.diff.rows[0]?.actual?.join(' | ') ?? '—'})` : '';
    at(checkLine(exercise, c.name), `the solution fails check '${c.name}'${data}: ${f?.message ?? ''}${values}${rows}`);
  }
  return issues;
}

/** What is wrong when the starter code was checked. */
export function starterIssues(exercise: Exercise, report: CheckReport): RunIssue[] {
  const issues = setupIssues(exercise, report, 'the starter code');
  if (report.outcome === 'passed' && !exercise.starterPasses) {
    issues.push({
      line: exercise.line,
      column: 1,
      message: `exercise '${exercise.id}': the starter code already passes every check, so the checks cannot tell a solved exercise from an untouched one; make them stricter, or add 'passes' to the starter cell if that is intended`,
    });
  }
  return issues;
}
