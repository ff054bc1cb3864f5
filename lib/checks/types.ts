/**
 * What a check reports: plain, cloneable data sent from the runner (where checks run) to the page
 * (which shows them) and to `lessons:check` (which prints them). Values are already formatted.
 */

/** Which data the student's code and the checks ran on: the lesson's, or the exercise's hidden set. */
export type CheckDataset = 'visible' | 'hidden';

/** One row pair of a table diff: what was expected next to what was found. */
export interface DiffRow {
  /** 0-based position of the row, for in-order comparisons. */
  index?: number;
  /** The expected row's values, one per diff column; absent when an extra row was found. */
  expected?: string[];
  /** The found row's values; absent when an expected row is missing. */
  actual?: string[];
  /** Per column: whether the two sides differ there. */
  differs: boolean[];
}

/** The first differing rows of two tables, side by side. */
export interface RowDiff {
  columns: string[];
  rows: DiffRow[];
  /** Differing rows not shown. */
  more: number;
}

/** Why a check failed, for the student. */
export interface CheckFailure {
  message: string;
  /** The expected value, formatted. */
  expected?: string;
  /** What was found, formatted. */
  actual?: string;
  diff?: RowDiff;
}

/** The outcome of one check on one data set. */
export interface CheckResult {
  /** Position in registration order. */
  index: number;
  name: string;
  status: 'pass' | 'fail';
  failure?: CheckFailure;
  dataset: CheckDataset;
}
