import { t } from '@/lib/i18n/ko';

/** The reference solution, highlighted at build time, with a way to put it into the editors. */
export function ExerciseSolution({ html, disabled, onApply }: { html: string[]; disabled: boolean; onApply(): void }) {
  return (
    <div className="exercise-solution" data-solution>
      <div className="exercise-solution-head">
        <strong>{t.exercise.solutionTitle}</strong>
        <button type="button" className="exercise-button" data-action="apply-solution" disabled={disabled} onClick={onApply}>
          {t.exercise.applySolution}
        </button>
      </div>
      {html.map((h, i) => (
        <div key={i} className="exercise-solution-code" dangerouslySetInnerHTML={{ __html: h }} />
      ))}
    </div>
  );
}
