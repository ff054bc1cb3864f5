/**
 * Checking an exercise, as the student's Check button and `lessons:check` both do it:
 *
 * 1. the cells above the exercise run first if they have not (like any Run);
 * 2. with hidden data: in a copy of the database, the hidden-data code swaps in the second data
 *    set, the exercise's cells run quietly with the student's code, the checks run; the copy is
 *    dropped;
 * 3. the exercise's cells run visibly (the student sees their outputs), then the checks.
 *
 * The hidden pass comes first so the student's variables and tables end up as the lesson's data
 * makes them, after exactly one more run of their code.
 */
import type { CheckResult, CheckDataset } from '@/lib/checks/types';
import type { ExerciseCode, Exercise } from '@/lib/lesson/types';
import type { ErrorOutput, Output } from '@/lib/kernel/outputs';
import type { RunRequest, RunResult } from '@/lib/kernel/run-types';
import type { NotebookCell } from '@/lib/notebook/types';
import { checkCellCode, ENTER_HIDDEN_SQL, LEAVE_HIDDEN_SQL, runChecksCode } from './check-code';
import { mergePasses, type PassResult } from './merge';
import type { CheckReport } from './types';

/** What the flow needs from the notebook. */
export interface ExerciseHost {
  /** The lesson's cells, in order. */
  readonly cells: readonly NotebookCell[];
  /** The current source of a cell (the student's edit). */
  source(cellId: string): string;
  /** Runs, visibly, the cells above `cellId` the runtime lacks; the first failure, if any. */
  prepare(cellId: string): Promise<{ cellId: string; result: RunResult } | undefined>;
  /** Runs a cell visibly with its current source. */
  runCell(cellId: string): Promise<RunResult>;
  /** Runs code without showing it; outputs go to `onOutput`. */
  runQuiet(req: RunRequest, onOutput?: (o: Output) => void): Promise<RunResult>;
}

/** The cells a Check runs: from the first starter to the last, skipping `norun` cells between. */
export function exerciseCells(exercise: Exercise, cells: readonly NotebookCell[]): NotebookCell[] {
  const first = cells.findIndex((c) => c.id === exercise.starters[0]);
  const last = cells.findIndex((c) => c.id === exercise.starters.at(-1));
  return cells.slice(first, last + 1).filter((c) => !c.norun || exercise.starters.includes(c.id));
}

/** Checks an exercise; `onPhase` tells which data set is being checked. */
export async function checkExercise(exercise: Exercise, host: ExerciseHost, onPhase?: (dataset: CheckDataset) => void): Promise<CheckReport> {
  const span = exerciseCells(exercise, host.cells);
  const failed = await host.prepare(span[0].id);
  if (failed) return mergePasses(codeError(failed.cellId, failed.result, 'visible'));
  let hidden: PassResult | undefined;
  if (exercise.hiddenData.length > 0) {
    onPhase?.('hidden');
    hidden = await hiddenPass(exercise, span, host);
    if (hidden.kind === 'interrupted') return mergePasses(hidden);
  }
  onPhase?.('visible');
  return mergePasses(await visiblePass(exercise, span, host), hidden);
}

async function visiblePass(exercise: Exercise, span: NotebookCell[], host: ExerciseHost): Promise<PassResult> {
  // A time limit in the hidden pass replaced the runner: cells above must define their names again.
  const failed = await host.prepare(span[0].id);
  if (failed) return codeError(failed.cellId, failed.result, 'visible');
  for (const cell of span) {
    const result = await host.runCell(cell.id);
    if (!result.ok) return codeError(cell.id, result, 'visible');
  }
  return runChecks(exercise, host, 'visible');
}

async function hiddenPass(exercise: Exercise, span: NotebookCell[], host: ExerciseHost): Promise<PassResult> {
  const enter = await host.runQuiet({ cellId: `${exercise.id}--hidden`, lang: 'sql', source: ENTER_HIDDEN_SQL });
  if (!enter.ok) return setupError('database', enter);
  try {
    for (const [part, code] of exercise.hiddenData.entries()) {
      const result = await host.runQuiet(codeRequest(exercise, code, `hidden-data-${part + 1}`, code.source));
      if (!result.ok) return setupError('hidden-data', result, part);
    }
    for (const cell of span) {
      const { id, lang, name, timeoutMs } = cell;
      const result = await host.runQuiet({ cellId: id, lang, source: host.source(id), name, timeoutMs });
      if (!result.ok) return codeError(id, result, 'hidden');
    }
    return await runChecks(exercise, host, 'hidden');
  } finally {
    // Always back to the lesson's database, even after Stop: the student must never be left in the copy.
    await host.runQuiet({ cellId: `${exercise.id}--hidden`, lang: 'sql', source: LEAVE_HIDDEN_SQL });
  }
}

/** Registers the exercise's checks (one run per check cell), then runs them. */
async function runChecks(exercise: Exercise, host: ExerciseHost, dataset: CheckDataset): Promise<PassResult> {
  for (const [part, code] of exercise.checks.entries()) {
    const result = await host.runQuiet(codeRequest(exercise, code, `check-${part + 1}`, checkCellCode(code.source, part === 0)));
    if (!result.ok) return setupError('check', result, part);
  }
  const results: CheckResult[] = [];
  const timeouts = exercise.checks.map((c) => c.timeout).filter((t): t is number => t !== undefined);
  const run = await host.runQuiet(
    { cellId: `${exercise.id}--checks`, lang: 'ts', source: runChecksCode(dataset), ...(timeouts.length > 0 && { timeoutMs: Math.max(...timeouts) * 1000 }) },
    (o) => {
      if (o.kind === 'check') results.push(o.result);
    },
  );
  if (run.interrupted && !run.timedOut) return { kind: 'interrupted' };
  return { kind: 'checked', dataset, results, ...(!run.ok && { incomplete: run.error?.message ?? 'the checks did not finish' }) };
}

function codeRequest(exercise: Exercise, code: ExerciseCode, part: string, source: string): RunRequest {
  return { cellId: `${exercise.id}--${part}`, lang: code.lang, source, ...(code.timeout !== undefined && { timeoutMs: code.timeout * 1000 }) };
}

function codeError(cellId: string, result: RunResult, dataset: CheckDataset): PassResult {
  if (result.interrupted && !result.timedOut) return { kind: 'interrupted' };
  const error: ErrorOutput = result.error ?? { kind: 'error', name: 'Error', message: 'the cell failed' };
  return { kind: 'code-error', error: { cellId, dataset, name: error.name, message: error.message, ...(error.line !== undefined && { line: error.line }) } };
}

function setupError(role: 'check' | 'hidden-data' | 'database', result: RunResult, part?: number): PassResult {
  if (result.interrupted && !result.timedOut) return { kind: 'interrupted' };
  const error = result.error;
  const message = error ? `${error.name}: ${error.message}` : 'failed';
  return { kind: 'setup-error', error: { role, message, ...(part !== undefined && { part }), ...(error?.line !== undefined && { line: error.line }) } };
}
