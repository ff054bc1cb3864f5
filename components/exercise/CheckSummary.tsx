import type { CheckReport } from '@/lib/exercise/types';
import { TFull as T } from '@/lib/i18n/T-full';
import type { Messages } from '@/lib/i18n/messages';

/** One line above the check list: solved, how many passed, or why the checks could not judge. */
export function CheckSummary({ report }: { report: CheckReport }) {
  const { outcome, checks, codeError, setupError, incomplete } = report;
  const passed = checks.filter((c) => c.status === 'pass').length;
  if (outcome === 'passed') {
    return (
      <p className="exercise-celebrate" role="status">
        <span aria-hidden="true">✓ </span>
        <T m={(d) => d.exerciseReport.solved} />
      </p>
    );
  }
  // Each line as a message of the interface dictionary (or a message made by the checks themselves).
  const lines: [string, (d: Messages) => string][] = [];
  if (outcome === 'interrupted') lines.push(['interrupted', (d) => d.exerciseReport.interrupted]);
  if (outcome === 'setup-error' && setupError) lines.push(['setup', (d) => d.exerciseReport.setupError(setupError.message)]);
  if (codeError?.dataset === 'visible') lines.push(['code', (d) => d.exerciseReport.codeError]);
  if (codeError?.dataset === 'hidden') lines.push(['hidden-code', (d) => d.exerciseReport.hiddenCodeError(`${codeError.name}: ${codeError.message}`)]);
  if (incomplete) lines.push(['incomplete', () => incomplete]);
  if (checks.some((c) => c.dataset === 'hidden')) lines.push(['hidden', (d) => d.exerciseReport.hiddenFailed]);
  return (
    <div className="exercise-summary" role="status">
      {checks.length > 0 && <p className="exercise-count"><T m={(d) => d.exerciseReport.passedCount(passed, checks.length)} /></p>}
      {lines.map(([key, m]) => (
        <p key={key} className="exercise-problem"><T m={m} /></p>
      ))}
    </div>
  );
}
