/**
 * The code the page sends to the runner to check an exercise. Check cells are wrapped in a block
 * so their declarations stay local (a check's helper never becomes a student's global) and the
 * check API arrives as block-scoped constants, out of the student's reach. The wrapper shares
 * the first line with the author's code, so error lines stay the lesson file's lines.
 */
import type { CheckDataset } from '@/lib/checks/types';

const HARNESS = "globalThis[Symbol.for('de-notebook.checks')]";

/** Hidden-data runs happen in this attached database, a copy of the lesson's, dropped afterwards. */
export const HIDDEN_DATABASE = 'de_notebook_hidden';

/**
 * Enters the hidden-data database: a full copy of the lesson database (tables, views, macros,
 * sequences) made the default, so the hidden-data code, the student's code and the checks change
 * only the copy. DuckDB's default in-memory database is called `memory`.
 */
export const ENTER_HIDDEN_SQL = [
  'USE memory',
  `DETACH DATABASE IF EXISTS ${HIDDEN_DATABASE}`,
  `ATTACH ':memory:' AS ${HIDDEN_DATABASE}`,
  `COPY FROM DATABASE memory TO ${HIDDEN_DATABASE}`,
  `USE ${HIDDEN_DATABASE}`,
].join(';\n');

/** Back to the lesson database; everything the hidden run made is dropped. */
export const LEAVE_HIDDEN_SQL = `USE memory;\nDETACH DATABASE IF EXISTS ${HIDDEN_DATABASE}`;

/**
 * A check cell's source, ready to compile as a notebook cell.
 * @param first the exercise's first check cell: it also forgets checks left by a stopped Check
 */
export function checkCellCode(source: string, first: boolean): string {
  return `{ const { check, expect, expectTable, expectFile, sql, db } = ${HARNESS}.${first ? 'begin()' : 'api'}; ${source}\n}`;
}

/** Runs the registered checks; each result comes back as a `check` output. */
export function runChecksCode(dataset: CheckDataset): string {
  return `void (await ${HARNESS}.run('${dataset}'));`;
}
