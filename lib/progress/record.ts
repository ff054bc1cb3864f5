/**
 * A student's record of one exercise or quiz, and how events change it. Pure functions: the
 * IndexedDB store (exercises.ts) and the page only apply them, so the rules are tested here.
 */

export type ActivityKind = 'exercise' | 'quiz';
export type ActivityStatus = 'not-started' | 'attempted' | 'solved';

/** What is stored for one exercise or quiz of one lesson. */
export interface ActivityRecord {
  lesson: string;
  id: string;
  kind: ActivityKind;
  /** Solved stays solved: a later failing attempt does not take it back. */
  status: ActivityStatus;
  /** Check presses (exercises) or answers given (quizzes). */
  attempts: number;
  /** Hints revealed, in order (the first `hintsUsed` hints are shown again after a reload). */
  hintsUsed: number;
  solutionViewed: boolean;
  /** Checks passed and run at the last attempt (exercises). */
  lastPassed?: number;
  lastTotal?: number;
  /** Quizzes: the graded answers per question id (see lib/quiz/answers.ts), shown again after a reload. */
  quizAnswers?: Record<string, string[][]>;
  firstAttemptAt?: string;
  solvedAt?: string;
  updatedAt: string;
}

/** A record with nothing done yet. */
export function emptyRecord(lesson: string, id: string, kind: ActivityKind): ActivityRecord {
  return { lesson, id, kind, status: 'not-started', attempts: 0, hintsUsed: 0, solutionViewed: false, updatedAt: '' };
}

/** One more attempt; `passed`/`total` for exercises, `solved` when every check (or answer) was right. */
export function recordAttempt(r: ActivityRecord, result: { solved: boolean; passed?: number; total?: number }, at: string): ActivityRecord {
  const solved = r.status === 'solved' || result.solved;
  return {
    ...r,
    status: solved ? 'solved' : 'attempted',
    attempts: r.attempts + 1,
    ...(result.total !== undefined && { lastPassed: result.passed ?? 0, lastTotal: result.total }),
    firstAttemptAt: r.firstAttemptAt ?? at,
    ...(solved && { solvedAt: r.solvedAt ?? at }),
    updatedAt: at,
  };
}

/** The next hint was revealed (never more than `available`). */
export function recordHint(r: ActivityRecord, available: number, at: string): ActivityRecord {
  return { ...r, hintsUsed: Math.min(available, r.hintsUsed + 1), updatedAt: at };
}

/** The student confirmed they want to see the solution. */
export function recordSolutionViewed(r: ActivityRecord, at: string): ActivityRecord {
  return { ...r, solutionViewed: true, updatedAt: at };
}

/** A quiz question was answered: one more attempt, and its answers stored to be shown after a reload. */
export function recordQuizAnswer(r: ActivityRecord, itemId: string, answers: string[][], solved: boolean, at: string): ActivityRecord {
  return { ...recordAttempt(r, { solved }, at), quizAnswers: { ...r.quizAnswers, [itemId]: answers } };
}
