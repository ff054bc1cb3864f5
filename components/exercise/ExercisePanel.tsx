'use client';
import dynamic from 'next/dynamic';
import { useId, useState } from 'react';
import type { Exercise } from '@/lib/lesson/types';
import type { CheckDataset } from '@/lib/checks/types';
import type { CheckReport } from '@/lib/exercise/types';
import { recordAttempt, recordHint, recordSolutionViewed } from '@/lib/progress/record';
import { T } from '@/lib/i18n/T';
import { currentMessages } from '@/lib/i18n/ui-lang';
import { useNotebook } from '@/components/notebook/NotebookProvider';
import { ExerciseHints } from './ExerciseHints';
import { ExerciseSolution } from './ExerciseSolution';
import { useActivityRecord, useProgressHub } from './use-progress';

interface Props {
  exercise: Exercise;
  slug: string;
  /** The solution cells, highlighted at build time. */
  solutionHtml: string[];
}

const now = () => new Date().toISOString();

// A report exists only after a Check: its view (with the row-diff table) loads then, not with the page.
const ExerciseReport = dynamic(() => import('./ExerciseReport').then((m) => m.ExerciseReport), { ssr: false });

/** The check flow, loaded by the first Check (a student reads before checking anything). */
async function loadCheckFlow() {
  const [flow, host] = await Promise.all([import('@/lib/exercise/flow'), import('@/lib/exercise/notebook-host')]);
  return { checkExercise: flow.checkExercise, notebookHost: host.notebookHost };
}

/**
 * An exercise's controls under its starter cells: Check runs the student's code and the checks,
 * hints come one at a time, the solution after a confirmation, reset brings the starter back.
 * Every step is recorded in the student's progress.
 */
export function ExercisePanel({ exercise, slug, solutionHtml }: Props) {
  const ctx = useNotebook();
  const hub = useProgressHub();
  const nameId = useId();
  const record = useActivityRecord(hub, slug, exercise.id);
  const [phase, setPhase] = useState<CheckDataset | 'idle'>('idle');
  const [report, setReport] = useState<CheckReport>();
  const [solutionOpen, setSolutionOpen] = useState(false);
  const update = (change: Parameters<NonNullable<typeof hub>['update']>[3]) => void hub?.update(slug, exercise.id, 'exercise', change);
  const busy = phase !== 'idle';

  const check = async () => {
    if (!ctx || busy) return;
    setPhase('visible');
    setReport(undefined);
    const { notebook } = ctx;
    const flow = await loadCheckFlow().catch((e: unknown) => (setPhase('idle'), Promise.reject(e)));
    const { checkExercise, notebookHost } = flow;
    const result = await notebook.runExclusive((access) => checkExercise(exercise, notebookHost(notebook, access), setPhase));
    setPhase('idle');
    const done = result ?? { outcome: 'interrupted', checks: [] };
    setReport(done);
    if (done.outcome === 'interrupted' || done.outcome === 'setup-error') return;
    const passed = done.checks.filter((c) => c.status === 'pass').length;
    update((r) => recordAttempt(r, { solved: done.outcome === 'passed', passed, total: done.checks.length }, now()));
  };

  const showSolution = () => {
    if (solutionOpen) return setSolutionOpen(false);
    if (!record?.solutionViewed && !window.confirm(currentMessages().exercise.solutionConfirm)) return;
    setSolutionOpen(true);
    update((r) => recordSolutionViewed(r, now()));
  };

  const setSources = (sources: string[]) => exercise.starters.forEach((id, i) => ctx?.notebook.setSource(id, sources[i]));
  const starterSources = () => exercise.starters.map((id) => ctx?.notebook.cells.find((c) => c.id === id)?.source ?? '');

  const status = record?.status ?? 'not-started';
  return (
    <section
      className={`exercise exercise-status-${status}`}
      data-cell-id={exercise.id}
      data-cell-kind="exercise"
      data-status={busy ? 'running' : report ? 'done' : 'idle'}
      data-activity-status={status}
      data-check-outcome={report?.outcome}
      // Named by the label (in the interface language) and the exercise's title (lesson content, in
      // the lesson's language), rather than one aria-label mixing both.
      aria-labelledby={`${nameId}-label ${nameId}-title`}
    >
      <span id={`${nameId}-title`} className="visually-hidden" data-lesson-content>{exercise.title}</span>
      <div className="exercise-bar">
        <span className="exercise-label" id={`${nameId}-label`}><T m={(d) => d.exercise.label} /></span>
        <button type="button" className="exercise-check" data-action="check" disabled={!ctx || busy} onClick={() => void check()}>
          <T m={(d) => (phase === 'hidden' ? d.exercise.checkingHidden : busy ? d.exercise.checking : `✓ ${d.exercise.check}`)} />
        </button>
        <span className="exercise-spacer" />
        {record && record.attempts > 0 && (
          <span className="exercise-meta">
            <T m={(d) => d.exercise.attempts(record.attempts) + (record.hintsUsed > 0 ? ` · ${d.exercise.hintsUsed(record.hintsUsed)}` : '')} />
          </span>
        )}
        <button type="button" className="exercise-button" data-action="solution" aria-expanded={solutionOpen} onClick={showSolution}>
          <T m={(d) => d.exercise.solution} />
        </button>
        <button
          type="button"
          className="exercise-button"
          data-action="reset"
          disabled={!ctx || busy}
          onClick={() => {
            if (!window.confirm(currentMessages().exercise.resetConfirm)) return;
            setSources(starterSources());
            setReport(undefined);
          }}
        >
          <span aria-hidden="true">↺</span> <T m={(d) => d.exercise.reset} />
        </button>
      </div>
      {report && <ExerciseReport report={report} />}
      <ExerciseHints
        hints={exercise.hints}
        used={record?.hintsUsed ?? 0}
        disabled={!hub}
        onReveal={() => update((r) => recordHint(r, exercise.hints.length, now()))}
      />
      {solutionOpen && (
        <ExerciseSolution
          html={solutionHtml}
          disabled={!ctx || busy}
          onApply={() => {
            if (window.confirm(currentMessages().exercise.applyConfirm)) setSources(exercise.solutions.map((s) => s.source));
          }}
        />
      )}
    </section>
  );
}
