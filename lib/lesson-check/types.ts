/**
 * What `lessons:check` sends to its page in headless Chromium and what comes back: plain data
 * crossing `page.evaluate`.
 */
import type { Lesson } from '@/lib/lesson/types';

/** One lesson to run; prose is left out (nothing to run there). */
export interface LessonCheckRequest {
  lesson: Lesson;
  /** URL prefix the lesson's data files are served under (the CLI answers those requests). */
  dataUrl: string;
}

/** A problem found while running, at a line of the lesson file. */
export interface RunIssue {
  line: number;
  column: number;
  message: string;
}

/** The outcome of running one lesson. */
export interface LessonCheckResult {
  issues: RunIssue[];
  /** Cells run top to bottom (norun cells are only compiled). */
  cellsRun: number;
  exercises: number;
  quizzes: number;
  ms: number;
}

/** The function the check page puts on `window`. */
export type LessonCheckFn = (request: LessonCheckRequest) => Promise<LessonCheckResult>;

/** Where the check page puts it. */
export const LESSON_CHECK_GLOBAL = '__deNotebookLessonCheck';
