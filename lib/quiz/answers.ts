/**
 * The answers a student gave to one quiz question, as stored with their progress so a reload shows
 * them again, and how to redraw the question from them. Only what the marking needs is kept: a
 * single-choice question shows every option tried (each with its explanation), so each distinct
 * try is kept in order; a multiple-choice one is marked on its last confirmed set only.
 */
import type { QuizItem } from '@/lib/lesson/types';
import { gradeItem, type ItemGrade } from './grade';

/** Graded answers of one question, oldest first; each answer is the option ids chosen. */
export type ItemAnswers = string[][];

/** What a question shows for its answers: the chosen options, their marks, and the verdict. */
export interface ItemView {
  selected: string[];
  marks: ItemGrade['marks'];
  /** Undefined while nothing has been graded. */
  correct?: boolean;
}

/** The answers after one more graded answer `chosen`. */
export function addAnswer(item: QuizItem, answers: ItemAnswers, chosen: readonly string[]): ItemAnswers {
  if (item.multiple) return [[...chosen]];
  const kept = answers.filter((a) => !(a.length === chosen.length && a.every((id) => chosen.includes(id))));
  return [...kept, [...chosen]];
}

/**
 * The stored answers that still fit the question. The lesson file may have changed since they were
 * given: ids of options that are gone are dropped, and an answer left empty with them.
 */
export function validAnswers(item: QuizItem, stored: unknown): ItemAnswers {
  if (!Array.isArray(stored)) return [];
  const ids = new Set(item.options.map((o) => o.id));
  return stored
    .filter((a): a is unknown[] => Array.isArray(a))
    .map((a) => a.filter((id): id is string => typeof id === 'string' && ids.has(id)))
    .filter((a) => a.length > 0)
    .slice(item.multiple ? -1 : 0);
}

/** How the question looks after `answers`: the last answer chosen, marks of every try kept. */
export function viewOf(item: QuizItem, answers: ItemAnswers): ItemView {
  const last = answers.at(-1);
  if (!last) return { selected: [], marks: {} };
  const marks = Object.assign({}, ...answers.map((a) => gradeItem(item, a).marks)) as ItemGrade['marks'];
  return { selected: last, marks, correct: gradeItem(item, last).correct };
}
