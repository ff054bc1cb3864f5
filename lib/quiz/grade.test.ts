import { describe, expect, it } from 'vitest';
import type { QuizItem } from '@/lib/lesson/types';
import { answerKey, gradeItem } from './grade';

const option = (id: string, correct: boolean) => ({ id, html: id, correct, explanationHtml: '', line: 1 });
const single: QuizItem = { id: '1', promptHtml: '', multiple: false, line: 1, options: [option('1', true), option('2', false), option('3', false)] };
const multiple: QuizItem = { ...single, multiple: true, options: [option('1', true), option('2', true), option('3', false)] };

describe('gradeItem', () => {
  it('marks a single choice right or wrong', () => {
    expect(gradeItem(single, ['1'])).toEqual({ correct: true, marks: { 1: 'correct' } });
    expect(gradeItem(single, ['3'])).toEqual({ correct: false, marks: { 3: 'wrong' } });
    expect(gradeItem(single, answerKey(single)).correct).toBe(true);
  });

  it('wants exactly the right answers of a multiple-choice question and shows the missed ones', () => {
    expect(gradeItem(multiple, ['1', '2'])).toEqual({ correct: true, marks: { 1: 'correct', 2: 'correct' } });
    expect(gradeItem(multiple, ['1'])).toEqual({ correct: false, marks: { 1: 'correct', 2: 'missed' } });
    expect(gradeItem(multiple, ['1', '2', '3']).correct).toBe(false);
    expect(gradeItem(multiple, []).correct).toBe(false);
  });
});
