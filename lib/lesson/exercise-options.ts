/**
 * The exercise words of a cell's info string: `exercise=<id>` plus the part the cell plays
 * (`starter`, `solution`, `check`, `hidden-data`) and the starter's `passes` flag. Read while the
 * info string is read (see info-string.ts), then checked together once every word is known.
 */
import type { CellLang } from './types';

/** What a cell that is not a starter is to its exercise. */
export type ExerciseRole = 'solution' | 'check' | 'hidden-data';

/** Flags that name the part a cell plays in its exercise. */
export const ROLE_FLAGS = ['starter', 'solution', 'check', 'hidden-data'] as const;
/** Every exercise word that takes no value. */
export const EXERCISE_FLAGS: readonly string[] = [...ROLE_FLAGS, 'passes'];

/** Exercise and quiz ids follow the cell id rule: letters of any script, digits, `-`, `_`. */
export const ACTIVITY_ID_RE = /^[\p{L}\p{N}_-]+$/u;

interface Located {
  column: number;
}

/** Exercise words seen so far in one info string. */
export interface ExerciseWords {
  exercise?: Located & { id: string };
  roles: (Located & { name: (typeof ROLE_FLAGS)[number] })[];
  passes?: Located;
}

/** A located problem: the column of the word at fault and what to do about it. */
export interface WordProblem {
  column: number;
  message: string;
}

/** The cell's place in its exercise, once its words are consistent. */
export type ExercisePlace =
  | { kind: 'none' }
  | { kind: 'starter'; exercise: string; exerciseColumn: number; passes: boolean }
  | { kind: 'code'; exercise: string; exerciseColumn: number; role: ExerciseRole };

/** Checks an `exercise=` value; returns an error message or undefined. */
export function readExerciseId(value: string, column: number, words: ExerciseWords): string | undefined {
  if (!value) return "cell option 'exercise=' needs the exercise's id, e.g. exercise=daily-revenue";
  if (!ACTIVITY_ID_RE.test(value)) {
    return `exercise id '${value}' may use only letters, digits, '-' and '_', e.g. exercise=daily-revenue`;
  }
  words.exercise = { id: value, column };
  return undefined;
}

/** Records an exercise flag (`starter`, `passes`...). */
export function readExerciseFlag(flag: string, column: number, words: ExerciseWords): void {
  if (flag === 'passes') words.passes = { column };
  else words.roles.push({ name: flag as (typeof ROLE_FLAGS)[number], column });
}

/**
 * Decides what the cell is to its exercise, reporting words that do not fit together.
 * @param others the other options given (`hidden`, `id`...), with their columns, which only
 *   starter cells may carry: the other parts are never shown as cells
 */
export function exercisePlace(
  words: ExerciseWords,
  lang: CellLang,
  others: { key: string; column: number }[],
  problems: WordProblem[],
): ExercisePlace {
  const { exercise, roles, passes } = words;
  if (!exercise) {
    for (const role of roles) {
      problems.push({ column: role.column, message: `'${role.name}' needs exercise=<id> to say which exercise the cell belongs to` });
    }
    if (passes) problems.push({ column: passes.column, message: "'passes' is only for starter cells of an exercise (exercise=<id> starter)" });
    return { kind: 'none' };
  }
  if (roles.length === 0) {
    problems.push({
      column: exercise.column,
      message: `say which part of exercise '${exercise.id}' this cell is: add starter, solution, check or hidden-data`,
    });
    return { kind: 'none' };
  }
  if (roles.length > 1) {
    problems.push({ column: roles[1].column, message: `a cell plays one part of an exercise; remove '${roles[1].name}' or '${roles[0].name}'` });
    return { kind: 'none' };
  }
  const role = roles[0];
  if (role.name === 'starter') return { kind: 'starter', exercise: exercise.id, exerciseColumn: exercise.column, passes: passes !== undefined };
  if (passes) problems.push({ column: passes.column, message: `'passes' belongs on a starter cell, not on a ${role.name} cell` });
  if (role.name === 'check' && lang !== 'ts') {
    problems.push({ column: role.column, message: 'check cells are TypeScript: write them in a ```ts fence' });
  }
  for (const other of others) {
    if (other.key === 'timeout') continue;
    const shown = other.key === 'id' || other.key === 'name' ? `${other.key}=` : other.key;
    problems.push({
      column: other.column,
      message: `cell option '${shown}' has no effect on a ${role.name} cell (students never see it as a cell); remove it`,
    });
  }
  return { kind: 'code', exercise: exercise.id, exerciseColumn: exercise.column, role: role.name };
}
