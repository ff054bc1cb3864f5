import { T } from '@/lib/i18n/T';

/** The reference solution, highlighted at build time, with a way to put it into the editors. */
export function ExerciseSolution({ html, disabled, onApply }: { html: string[]; disabled: boolean; onApply(): void }) {
  return (
    <div className="exercise-solution" data-solution>
      <div className="exercise-solution-head">
        <strong><T m={(d) => d.exercise.solutionTitle} /></strong>
        <button type="button" className="exercise-button" data-action="apply-solution" disabled={disabled} onClick={onApply}>
          <T m={(d) => d.exercise.applySolution} />
        </button>
      </div>
      {html.map((h, i) => (
        <div key={i} className="exercise-solution-code" data-lesson-content dangerouslySetInnerHTML={{ __html: h }} />
      ))}
    </div>
  );
}
