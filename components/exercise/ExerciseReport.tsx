import type { CheckReport } from '@/lib/exercise/types';
import { CheckList } from './CheckList';
import { CheckSummary } from './CheckSummary';

/**
 * The result of a Check: the summary line and the list of checks. Its own module so ExercisePanel
 * can load it (with the row-diff table) when a first report exists, not with the page.
 */
export function ExerciseReport({ report }: { report: CheckReport }) {
  return (
    <div className="exercise-report">
      <CheckSummary report={report} />
      {report.checks.length > 0 && <CheckList checks={report.checks} />}
    </div>
  );
}
