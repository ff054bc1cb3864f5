import type { CheckReport } from '@/lib/exercise/types';
import { t } from '@/lib/i18n/ko';

/** One line above the check list: solved, how many passed, or why the checks could not judge. */
export function CheckSummary({ report }: { report: CheckReport }) {
  const { outcome, checks, codeError, setupError, incomplete } = report;
  const passed = checks.filter((c) => c.status === 'pass').length;
  if (outcome === 'passed') {
    return (
      <p className="exercise-celebrate" role="status">
        <span aria-hidden="true">✓ </span>
        {t.exercise.solved}
      </p>
    );
  }
  const lines: string[] = [];
  if (outcome === 'interrupted') lines.push(t.exercise.interrupted);
  if (outcome === 'setup-error' && setupError) lines.push(t.exercise.setupError(setupError.message));
  if (codeError?.dataset === 'visible') lines.push(t.exercise.codeError);
  if (codeError?.dataset === 'hidden') lines.push(t.exercise.hiddenCodeError(`${codeError.name}: ${codeError.message}`));
  if (incomplete) lines.push(incomplete);
  if (checks.some((c) => c.dataset === 'hidden')) lines.push(t.exercise.hiddenFailed);
  return (
    <div className="exercise-summary" role="status">
      {checks.length > 0 && <p className="exercise-count">{t.exercise.passedCount(passed, checks.length)}</p>}
      {lines.map((l) => (
        <p key={l} className="exercise-problem">{l}</p>
      ))}
    </div>
  );
}
