/**
 * Runtime results of checking an exercise: what happened when the student pressed Check. Never
 * part of the authored lesson; summarised into `lib/progress/` for the student's record.
 */
import type { CheckDataset, CheckFailure } from '@/lib/checks/types';

/** One check as the student sees it: it passes only if it passed on every data set. */
export interface CheckView {
  index: number;
  name: string;
  status: 'pass' | 'fail';
  failure?: CheckFailure;
  /** Where it failed; 'hidden' when it passed on the lesson's data but not on the hidden set. */
  dataset?: CheckDataset;
}

/** The student's code failed to run, so its checks could not judge it. */
export interface CodeError {
  cellId: string;
  dataset: CheckDataset;
  name: string;
  message: string;
  /** Line in the cell's source, when known. */
  line?: number;
}

/** The exercise's own code failed (an authoring problem, not the student's). */
export interface SetupError {
  role: 'check' | 'hidden-data' | 'database';
  message: string;
  /** Index of the failing check or hidden-data cell of the exercise. */
  part?: number;
  /** Line in that cell's source, when known. */
  line?: number;
}

/** How a Check ended. */
export type CheckOutcome = 'passed' | 'failed' | 'code-error' | 'setup-error' | 'interrupted';

/** Everything one Check produced. */
export interface CheckReport {
  outcome: CheckOutcome;
  checks: CheckView[];
  codeError?: CodeError;
  setupError?: SetupError;
  /** The checks stopped before all ran (time limit); why. */
  incomplete?: string;
}
