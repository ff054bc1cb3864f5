import type { RowDiff } from '@/lib/checks/types';
import { TFull as T } from '@/lib/i18n/T-full';

/**
 * The first differing rows of a failing table check, side by side: what was expected on the left,
 * what the student's code produced on the right, differing cells marked. Column names and values
 * are the lesson's data, in its own language, so they are marked `data-lesson-content`.
 */
export function RowDiffTable({ diff }: { diff: RowDiff }) {
  const { columns, rows, more } = diff;
  const ordered = rows.some((r) => r.index !== undefined);
  const side = (values: string[] | undefined, differs: boolean[], kind: 'expected' | 'actual') =>
    values
      ? columns.map((c, i) => (
          <td key={`${kind}-${c}`} className={`${kind}${differs[i] ? ' differs' : ''}${i === 0 ? ' side-start' : ''}`} data-lesson-content>
            {values[i]}
          </td>
        ))
      : [<td key={`${kind}-none`} colSpan={columns.length} className={`${kind} missing side-start`}><T m={(d) => d.exerciseReport.missingRow} /></td>];
  return (
    <div className="row-diff" data-row-diff>
      <table>
        <thead>
          <tr>
            {ordered && <th rowSpan={2} className="row-diff-index"><T m={(d) => d.exerciseReport.rowNumber} /></th>}
            <th colSpan={columns.length} className="expected side-start"><T m={(d) => d.exerciseReport.expected} /></th>
            <th colSpan={columns.length} className="actual side-start"><T m={(d) => d.exerciseReport.actual} /></th>
          </tr>
          <tr>
            {columns.map((c, i) => <th key={`e-${c}`} className={`expected${i === 0 ? ' side-start' : ''}`} data-lesson-content>{c}</th>)}
            {columns.map((c, i) => <th key={`a-${c}`} className={`actual${i === 0 ? ' side-start' : ''}`} data-lesson-content>{c}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} data-diff-row={r.expected && r.actual ? 'changed' : r.expected ? 'missing' : 'extra'}>
              {ordered && <td className="row-diff-index">{(r.index ?? 0) + 1}</td>}
              {side(r.expected, r.differs, 'expected')}
              {side(r.actual, r.differs, 'actual')}
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p className="row-diff-more"><T m={(d) => d.exerciseReport.moreRows(more)} /></p>}
    </div>
  );
}
