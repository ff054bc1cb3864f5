/**
 * Authored lesson data: what a lesson file says, parsed once at build time.
 * Plain and serialisable (it crosses the server/client boundary as JSON).
 * Runtime state (status, outputs, edits) never lives here.
 */
import type { ExerciseBlock, QuizBlock } from './exercise-types';

/** Exercises and quizzes live in their own module; re-exported so callers need one import. */
export type { Exercise, ExerciseBlock, ExerciseCode, Hint, Quiz, QuizBlock, QuizItem, QuizOption } from './exercise-types';

/** Languages a runnable cell can be written in. */
export type CellLang = 'ts' | 'sql';

/** Options from a runnable fence's info string, e.g. ```ts id=load hidden timeout=60 */
export interface CellOptions {
  /** Collapsed by default; still runs with "Run all" and as a dependency. */
  hidden: boolean;
  /** The student cannot edit it. */
  readonly: boolean;
  /** Skipped by "Run all" and by dependency runs; runs only when the student asks. */
  norun: boolean;
  /** SQL cells: bind the result rows to this variable for later TS cells. */
  name?: string;
  /** Per-cell time limit in seconds (overrides the default). */
  timeout?: number;
}

/** A runnable code cell. */
export interface Cell {
  kind: 'cell';
  /** Stable id: explicit `id=` or `<section-id>-<n>` (n counts cells in the section from 1). */
  id: string;
  lang: CellLang;
  source: string;
  options: CellOptions;
  /** 1-based line of the opening fence in the lesson file. */
  line: number;
  /** Set on a starter cell: the id of the exercise it belongs to (see `Exercise`). */
  exercise?: string;
}

/** Prose rendered from Markdown to sanitised HTML at build time. */
export interface ProseBlock {
  kind: 'prose';
  html: string;
}

/** A static code listing (```python, ```text, ```ts static, ...): shown, never run. */
export interface ListingBlock {
  kind: 'listing';
  /** Info-string language, '' when none. */
  lang: string;
  source: string;
  line: number;
}

export type Block = ProseBlock | Cell | ListingBlock | ExerciseBlock | QuizBlock;

/** A `##` heading and everything up to the next `##`. */
export interface Section {
  /** GitHub-style slug of the heading text, unique within the lesson. */
  id: string;
  title: string;
  line: number;
  blocks: Block[];
}

export interface DataFile {
  /** File name relative to the lesson folder, e.g. `sales_raw.csv`. */
  file: string;
  /** When set, the file is loaded into a DuckDB table of this name before the first run. */
  table?: string;
  description?: string;
  /** Size in bytes (checked at parse time: the file must exist). */
  size: number;
}

export interface Objective {
  text: string;
  /** Id of the section that meets this objective. */
  section?: string;
}

export interface Credit {
  source: string;
  author?: string;
  license?: string;
  url?: string;
  note?: string;
}

export interface Lesson {
  /** Folder name without the number prefix: `lessons/01-intro/` → `intro`. */
  slug: string;
  /** Number prefix of the folder (1 for `01-intro`). */
  order: number;
  /** Repo-relative path of the file, e.g. `lessons/01-intro/index.md`. */
  path: string;
  title: string;
  summary: string;
  language: 'ko' | 'en';
  objectives: Objective[];
  credit?: Credit;
  data: DataFile[];
  /** The lesson's fixed "now" (ISO 8601 local date-time, no zone), for the lesson clock. */
  clock: string;
  /** Blocks before the first `##` heading (the `#` title itself is dropped). */
  intro: Block[];
  sections: Section[];
}

/** An authoring mistake, located in the lesson file. */
export interface LessonIssue {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `lessons/01-x/index.md:12:1: message` */
export function formatIssue(issue: LessonIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.message}`;
}
