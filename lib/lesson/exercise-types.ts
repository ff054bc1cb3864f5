/**
 * Authored exercises and quizzes: what the lesson file says about them, parsed at build time.
 * Plain, serialisable data like the rest of `Lesson`. What a student did (attempts, hints used,
 * check results, answers) is runtime state and lives in `lib/progress/`, never here.
 */
import type { CellLang } from './types';

/** Exercise code that is never a notebook cell: a reference solution, a check or hidden data. */
export interface ExerciseCode {
  lang: CellLang;
  source: string;
  /** 1-based line of the opening fence in the lesson file. */
  line: number;
  /** Time limit in seconds (`timeout=`), else the default. */
  timeout?: number;
}

/** One progressive hint (a ```hint block), rendered from Markdown at build time. */
export interface Hint {
  html: string;
  line: number;
}

/**
 * An exercise: the student edits its starter cells (ordinary cells marked `exercise=<id> starter`)
 * and presses Check, which runs them and then the instructor's checks.
 */
export interface Exercise {
  /** The `exercise=` value, unique among the lesson's cell, quiz and exercise ids. */
  id: string;
  /** Text of the nearest heading above the first starter cell (or of its section). */
  title: string;
  /** Anchor of that heading, for links from the table of contents. */
  anchor: string;
  /** Id of the `##` section that holds the first starter cell. */
  section: string;
  /** Line of the first starter cell. */
  line: number;
  /** Ids of the starter cells, in document order. */
  starters: string[];
  /** One reference solution per starter cell, in the same order and language. */
  solutions: ExerciseCode[];
  /** TypeScript that registers the checks (`check(name, fn)`), run after the student's code. */
  checks: ExerciseCode[];
  /** Code that swaps in a second data set; the student's code and the checks run on it too. */
  hiddenData: ExerciseCode[];
  hints: Hint[];
  /** The starter code is allowed to pass every check (`passes` on a starter cell). */
  starterPasses: boolean;
}

/** Where an exercise's controls (Check, hints, solution, reset) sit: after its last starter cell. */
export interface ExerciseBlock {
  kind: 'exercise';
  exercise: Exercise;
}

/** One answer of a quiz question. */
export interface QuizOption {
  /** 1-based position within its question, as a string (`data-quiz-option`). */
  id: string;
  html: string;
  correct: boolean;
  /** Why this answer is right or wrong, shown once the student picks it. */
  explanationHtml: string;
  line: number;
}

/** One question of a quiz; a scenario quiz has one per scenario. */
export interface QuizItem {
  /** 1-based position within the quiz, as a string (`data-quiz-item`). */
  id: string;
  /** The scenario text; empty for a quiz with a single question (its prompt is the quiz's). */
  promptHtml: string;
  /** Several answers may be right: the student ticks boxes and confirms. */
  multiple: boolean;
  options: QuizOption[];
  line: number;
}

/** A quiz (a ```quiz block): one question, or one question per scenario. */
export interface Quiz {
  id: string;
  /** Its question in short (or the heading above it), for the table of contents and progress exports. */
  title: string;
  anchor: string;
  section: string;
  promptHtml: string;
  items: QuizItem[];
  line: number;
}

/** A quiz in the flow of a section. */
export interface QuizBlock {
  kind: 'quiz';
  quiz: Quiz;
}
