import type { CellLang, CellOptions } from './types';
import type { Report } from './report';
import { readActivityFence, type ActivityFence } from './activity-info';
import { EXERCISE_FLAGS, exercisePlace, readExerciseFlag, readExerciseId, type ExercisePlace, type ExerciseRole, type ExerciseWords } from './exercise-options';

/** What a fenced block's info string makes of it. */
export type FenceSpec =
  | { kind: 'cell'; lang: CellLang; options: CellOptions; id?: string; idColumn?: number; exercise?: StarterOf }
  | { kind: 'exercise-code'; lang: CellLang; role: ExerciseRole; exercise: string; exerciseColumn: number; timeout?: number }
  | ActivityFence
  | { kind: 'listing'; lang: string }
  | { kind: 'invalid' };

/** A starter cell's exercise. */
export interface StarterOf {
  id: string;
  column: number;
  /** The starter may pass every check (lessons:check then does not require a failing one). */
  passes: boolean;
}

/** One word of an info string and its 1-based column in the line. */
export interface Word {
  text: string;
  column: number;
}

/** Option state while reading one info string. */
interface Reading {
  lang: CellLang;
  rawLang: string;
  options: CellOptions;
  isStatic: boolean;
  id?: string;
  idColumn?: number;
  ok: boolean;
  exercise: ExerciseWords;
  /** Non-exercise options with their columns: only starter cells may carry them. */
  given: { key: string; column: number }[];
}

const CELL_LANGS: Record<string, CellLang> = { ts: 'ts', typescript: 'ts', sql: 'sql' };
/** Fence languages kept free for live diagrams. */
export const RESERVED_LANGS = ['diagram'];
const FLAGS = ['hidden', 'readonly', 'norun', 'static'];
const EXAMPLES: Record<string, string> = { id: 'id=load-sales', name: 'name=sales', timeout: 'timeout=60' };
const ALLOWED = 'id=, hidden, readonly, norun, name=, timeout=, static, exercise=';
/** Letters of any script, so an explicit id can look like the derived ones (`준비-2`). */
const ID_RE = /^[\p{L}\p{N}_-]+$/u;
const IDENTIFIER_RE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const JS_RESERVED = new Set(
  ('await break case catch class const continue debugger default delete do else enum export extends false ' +
    'finally for function if import in instanceof let new null return static super switch this throw true ' +
    'try typeof var void while with yield').split(' '),
);

/** Splits the info string after the fence run into words with their 1-based columns in the line. */
export function infoWords(lineText: string, fenceColumn: number): Word[] {
  const start = fenceColumn - 1;
  const fence = /^(`{3,}|~{3,})/.exec(lineText.slice(start));
  if (!fence) return []; // an indented code block
  const offset = start + fence[1].length;
  const info = lineText.slice(offset);
  return [...info.matchAll(/\S+/g)].map((m) => ({ text: m[0], column: offset + (m.index ?? 0) + 1 }));
}

/** Reports a reserved fence language; true when it was one. */
export function checkReservedLang(lang: string, line: number, column: number, report: Report): boolean {
  if (!RESERVED_LANGS.includes(lang)) return false;
  report(
    line,
    column,
    `\`${lang}\` blocks are reserved for a later version of the lesson format; remove the block or show it as a \`\`\`text listing for now`,
  );
  return true;
}

/** Checks a valued option (`id=`, `name=`, `timeout=`) and stores it; returns an error message. */
function readValue(key: string, value: string, word: Word, r: Reading): string | undefined {
  if (!value) return `cell option '${key}=' needs a value, e.g. ${EXAMPLES[key]}`;
  if (key === 'id') {
    if (!ID_RE.test(value)) return `cell id '${value}' may use only letters, digits, '-' and '_' (no spaces or commas), e.g. id=load-sales`;
    [r.id, r.idColumn] = [value, word.column];
  } else if (key === 'name') {
    if (r.lang !== 'sql') {
      return `'name=' binds the rows of a sql cell to a variable; it is not allowed on a ${r.rawLang} cell, so remove it`;
    }
    if (!IDENTIFIER_RE.test(value) || JS_RESERVED.has(value)) {
      return `name='${value}' must be a JavaScript variable name (letters, digits, '_', '$', not a keyword), e.g. name=sales`;
    }
    r.options.name = value;
  } else {
    if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
      return `timeout='${value}' must be a positive number of seconds, e.g. timeout=60`;
    }
    r.options.timeout = Number(value);
  }
  return undefined;
}

/** Checks one option word and applies it; returns an error message. */
function readOption(word: Word, seen: Set<string>, r: Reading): string | undefined {
  const eq = word.text.indexOf('=');
  const key = eq < 0 ? word.text : word.text.slice(0, eq);
  const value = eq < 0 ? undefined : word.text.slice(eq + 1);
  const isExercise = key === 'exercise' || EXERCISE_FLAGS.includes(key);
  if (!FLAGS.includes(key) && !(key in EXAMPLES) && !isExercise) {
    return `unknown cell option '${eq < 0 ? key : `${key}=`}'; allowed: ${ALLOWED}`;
  }
  if (seen.has(key)) return `cell option '${key}' is given twice; remove one`;
  seen.add(key);
  if (key === 'exercise') return readExerciseId(value ?? '', word.column, r.exercise);
  if (isExercise) {
    if (value !== undefined) return `cell option '${key}' takes no value; write just '${key}'`;
    readExerciseFlag(key, word.column, r.exercise);
    return undefined;
  }
  r.given.push({ key, column: word.column });
  if (!FLAGS.includes(key)) return readValue(key, value ?? '', word, r);
  if (value !== undefined) return `cell option '${key}' takes no value; write just '${key}'`;
  if (key === 'static') r.isStatic = true;
  else r.options[key as 'hidden' | 'readonly' | 'norun'] = true;
  return undefined;
}

/**
 * Reads a fence's info string: ```ts id=load hidden timeout=60, ```python, ```sql static ...
 * @param lineText the full text of the opening fence line
 * @param fenceColumn 1-based column where the fence characters start
 */
export function parseInfoString(lineText: string, line: number, fenceColumn: number, report: Report): FenceSpec {
  const [first, ...rest] = infoWords(lineText, fenceColumn);
  const rawLang = first?.text ?? '';
  const lang = CELL_LANGS[rawLang.toLowerCase()];
  if (first && checkReservedLang(rawLang.toLowerCase(), line, first.column, report)) return { kind: 'invalid' };
  const activity = first && readActivityFence(first, rest, line, report);
  if (activity) return activity;
  // Any other language is a listing: its info string belongs to other tools, so it is not ours to check.
  if (!lang) return { kind: 'listing', lang: rawLang };

  const r: Reading = {
    lang, rawLang, options: { hidden: false, readonly: false, norun: false }, isStatic: false, ok: true, exercise: { roles: [] }, given: [],
  };
  const seen = new Set<string>();
  for (const word of rest) {
    const error = readOption(word, seen, r);
    if (error) {
      report(line, word.column, error);
      r.ok = false;
    }
  }
  if (!r.ok) return { kind: 'invalid' };
  const place = placeInExercise(r, line, report);
  if (!place) return { kind: 'invalid' };
  if (place.kind === 'code') {
    const { exercise, exerciseColumn, role } = place;
    return { kind: 'exercise-code', lang, role, exercise, exerciseColumn, ...(r.options.timeout !== undefined && { timeout: r.options.timeout }) };
  }
  if (r.isStatic) return { kind: 'listing', lang };
  const exercise = place.kind === 'starter' ? { id: place.exercise, column: place.exerciseColumn, passes: place.passes } : undefined;
  return { kind: 'cell', lang, options: r.options, id: r.id, idColumn: r.idColumn, ...(exercise && { exercise }) };
}

/** The cell's part in an exercise, or undefined (after reporting) when its words contradict. */
function placeInExercise(r: Reading, line: number, report: Report): ExercisePlace | undefined {
  const problems: { column: number; message: string }[] = [];
  const place = exercisePlace(r.exercise, r.lang, r.given, problems);
  const staticWord = r.given.find((g) => g.key === 'static');
  if (staticWord && place.kind !== 'none') {
    problems.push({ column: staticWord.column, message: "a 'static' listing is never run, so it cannot be part of an exercise; remove 'static' or the exercise words" });
  }
  for (const p of problems) report(line, p.column, p.message);
  return problems.length > 0 ? undefined : place;
}
