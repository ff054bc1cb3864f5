/**
 * Combines the results of the visible and the hidden pass of a Check into what the student sees:
 * a check passes only if it passed on both data sets, and a failure on the hidden set says so.
 */
import type { CheckDataset, CheckResult } from '@/lib/checks/types';
import type { CheckReport, CheckView, CodeError, SetupError } from './types';

/** The outcome of one pass over one data set. */
export type PassResult =
  | { kind: 'checked'; dataset: CheckDataset; results: CheckResult[]; incomplete?: string }
  | { kind: 'code-error'; error: CodeError }
  | { kind: 'setup-error'; error: SetupError }
  | { kind: 'interrupted' };

function views(results: CheckResult[]): CheckView[] {
  return results.map(({ index, name, status, failure, dataset }) => ({
    index,
    name,
    status,
    ...(failure && { failure, dataset }),
  }));
}

/** The report of a Check from its visible pass and, with hidden data, its hidden pass. */
export function mergePasses(visible: PassResult, hidden?: PassResult): CheckReport {
  if (visible.kind === 'interrupted' || hidden?.kind === 'interrupted') return { outcome: 'interrupted', checks: [] };
  for (const pass of [visible, hidden]) {
    if (pass?.kind === 'setup-error') return { outcome: 'setup-error', checks: [], setupError: pass.error };
  }
  if (visible.kind !== 'checked') return { outcome: 'code-error', checks: [], ...(visible.kind === 'code-error' && { codeError: visible.error }) };

  let checks = views(visible.results);
  let incomplete = visible.incomplete;
  let codeError: CodeError | undefined;
  if (hidden?.kind === 'code-error') codeError = hidden.error;
  if (hidden?.kind === 'checked') {
    incomplete ??= hidden.incomplete;
    checks = checks.map((check) => {
      const other = hidden.results.find((r) => r.index === check.index);
      if (check.status === 'fail' || !other || other.status === 'pass') return check;
      return { ...check, status: 'fail', failure: other.failure, dataset: 'hidden' };
    });
  }
  if (checks.length === 0 && !incomplete) {
    return { outcome: 'setup-error', checks, setupError: { role: 'check', message: 'the check cells registered no check; call check(name, fn)' } };
  }
  const passed = !codeError && !incomplete && checks.every((c) => c.status === 'pass');
  return {
    outcome: passed ? 'passed' : 'failed',
    checks,
    ...(codeError && { codeError }),
    ...(incomplete && { incomplete }),
  };
}
