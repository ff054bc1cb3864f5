import type { Hint } from '@/lib/lesson/types';
import { T } from '@/lib/i18n/T';

/** The hints revealed so far, and the button that reveals the next one. */
export function ExerciseHints({ hints, used, disabled, onReveal }: { hints: Hint[]; used: number; disabled: boolean; onReveal(): void }) {
  if (hints.length === 0) return null;
  const shown = hints.slice(0, used);
  return (
    <div className="exercise-hints">
      {shown.length > 0 && (
        <ol className="hint-list">
          {shown.map((h, i) => (
            <li key={h.line} className="hint" data-hint={i + 1}>
              <strong className="hint-title"><T m={(d) => d.exercise.hintTitle(i + 1)} /></strong>
              <div className="prose" data-lesson-content dangerouslySetInnerHTML={{ __html: h.html }} />
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="exercise-button" data-action="hint" disabled={disabled || used >= hints.length} onClick={onReveal}>
        <T m={(d) => (used >= hints.length ? d.exercise.noMoreHints : d.exercise.hint(used + 1, hints.length))} />
      </button>
    </div>
  );
}
