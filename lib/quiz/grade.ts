import type { QuizItem } from '@/lib/lesson/types';

/** How an answer is marked once graded. `missed`: a right answer the student did not tick. */
export type OptionMark = 'correct' | 'wrong' | 'missed';

/** The grade of one question. */
export interface ItemGrade {
  correct: boolean;
  /** Marks for the options worth showing (the chosen ones, and missed right ones). */
  marks: Record<string, OptionMark>;
}

/**
 * Grades the options a student chose for one question. A single-choice question is right when its
 * one right answer is chosen; a multiple-choice one when exactly the right answers are ticked.
 */
export function gradeItem(item: QuizItem, selected: readonly string[]): ItemGrade {
  const marks: Record<string, OptionMark> = {};
  for (const option of item.options) {
    const chosen = selected.includes(option.id);
    if (chosen) marks[option.id] = option.correct ? 'correct' : 'wrong';
    else if (option.correct && item.multiple) marks[option.id] = 'missed';
  }
  const correct = Object.values(marks).every((m) => m === 'correct') && item.options.some((o) => o.correct && selected.includes(o.id));
  return { correct, marks };
}

/** The answer key of a question: the ids of its right answers. */
export function answerKey(item: QuizItem): string[] {
  return item.options.filter((o) => o.correct).map((o) => o.id);
}
