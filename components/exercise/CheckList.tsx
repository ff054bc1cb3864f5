import type { CheckView } from '@/lib/exercise/types';
import { TFull as T } from '@/lib/i18n/T-full';
import { RowDiffTable } from './RowDiffTable';

/** The checks of the last Check: passed ones in a word, failed ones with what was expected and found. */
export function CheckList({ checks }: { checks: CheckView[] }) {
  return (
    <ol className="check-list">
      {checks.map((c) => (
        <li key={c.index} className={`check check-${c.status}`} data-check-status={c.status} data-check-dataset={c.dataset}>
          <div className="check-head">
            <span className="check-icon" aria-hidden="true">{c.status === 'pass' ? '✓' : '✗'}</span>
            <span className="check-name" data-lesson-content>{c.name}</span>
            {c.dataset === 'hidden' && <span className="check-tag"><T m={(d) => d.exerciseReport.onHidden} /></span>}
          </div>
          {c.failure && (
            <div className="check-failure">
              <p className="check-message">{c.failure.message}</p>
              {(c.failure.expected !== undefined || c.failure.actual !== undefined) && (
                <dl className="check-values">
                  {c.failure.expected !== undefined && (
                    <>
                      <dt><T m={(d) => d.exerciseReport.expected} /></dt>
                      <dd><code data-lesson-content>{c.failure.expected}</code></dd>
                    </>
                  )}
                  {c.failure.actual !== undefined && (
                    <>
                      <dt><T m={(d) => d.exerciseReport.actual} /></dt>
                      <dd><code data-lesson-content>{c.failure.actual}</code></dd>
                    </>
                  )}
                </dl>
              )}
              {c.failure.diff && <RowDiffTable diff={c.failure.diff} />}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
