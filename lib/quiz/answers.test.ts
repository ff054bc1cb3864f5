import { describe, expect, it } from 'vitest';
import type { QuizItem } from '@/lib/lesson/types';
import { addAnswer, validAnswers, viewOf } from './answers';

const option = (id: string, correct: boolean) => ({ id, html: id, correct, explanationHtml: `why ${id}` });
const single = { id: '1', options: [option('a', false), option('b', true), option('c', false)] } as QuizItem;
const multiple = { id: '1', multiple: true, options: [option('a', true), option('b', true), option('c', false)] } as QuizItem;

describe('quiz answers', () => {
  it('single choice keeps each distinct try in order and marks them all', () => {
    let answers = addAnswer(single, [], ['a']);
    answers = addAnswer(single, answers, ['c']);
    answers = addAnswer(single, answers, ['a']);
    answers = addAnswer(single, answers, ['b']);
    expect(answers).toEqual([['c'], ['a'], ['b']]);
    expect(viewOf(single, answers)).toEqual({ selected: ['b'], marks: { a: 'wrong', b: 'correct', c: 'wrong' }, correct: true });
    expect(viewOf(single, [['b'], ['a']])).toMatchObject({ selected: ['a'], correct: false });
  });

  it('multiple choice is marked on its last confirmed set, missed right answers included', () => {
    const answers = addAnswer(multiple, addAnswer(multiple, [], ['a', 'b']), ['a']);
    expect(answers).toEqual([['a']]);
    expect(viewOf(multiple, answers)).toEqual({ selected: ['a'], marks: { a: 'correct', b: 'missed' }, correct: false });
    expect(viewOf(multiple, [['b', 'a']])).toMatchObject({ correct: true });
  });

  it('nothing answered shows nothing', () => {
    expect(viewOf(single, [])).toEqual({ selected: [], marks: {} });
  });

  it('drops stored answers that no longer fit the question (the lesson changed) or are not answers at all', () => {
    expect(validAnswers(single, [['a', 'gone'], ['gone'], 'x', [3], ['b']])).toEqual([['a'], ['b']]);
    expect(validAnswers(multiple, [['a'], ['b', 'c']])).toEqual([['b', 'c']]);
    expect(validAnswers(single, undefined)).toEqual([]);
    expect(validAnswers(single, { a: 1 })).toEqual([]);
  });
});
