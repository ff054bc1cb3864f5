import type { LessonIssue } from './types';

/** Records one authoring mistake at a 1-based line and column of the lesson file. */
export type Report = (line: number, column: number, message: string) => void;

/**
 * Collects issues for one file. Issues come out sorted by position so an instructor fixes them
 * top to bottom, whatever order the checks ran in.
 */
export function createIssueCollector(file: string): { report: Report; issues: () => LessonIssue[] } {
  const list: LessonIssue[] = [];
  return {
    report: (line, column, message) => list.push({ file, line, column, message }),
    issues: () => [...list].sort((a, b) => a.line - b.line || a.column - b.column),
  };
}
