import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ProgressStore } from './exercises';
import { emptyRecord, recordAttempt, recordHint, recordQuizAnswer, recordSolutionViewed } from './record';

const AT = '2024-01-16T09:00:00.000Z';
const LATER = '2024-01-16T09:05:00.000Z';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory(); // an empty browser for each test
});

describe('ProgressStore', () => {
  it('stores records per lesson and activity and keeps them across reopening', async () => {
    const store = await ProgressStore.open();
    await store.update('intro', 'ex1', 'exercise', (r) => recordAttempt(r, { solved: false, passed: 1, total: 3 }, AT));
    await store.update('intro', 'ex1', 'exercise', (r) => recordHint(r, 2, AT));
    await store.update('intro', 'q1', 'quiz', (r) => recordAttempt(r, { solved: true }, AT));
    await store.update('other', 'ex1', 'exercise', (r) => recordSolutionViewed(r, AT));
    await store.setMeta('student', '김하늘');
    store.close();

    const again = await ProgressStore.open();
    expect(await again.get('intro', 'ex1')).toEqual({
      lesson: 'intro', id: 'ex1', kind: 'exercise', status: 'attempted', attempts: 1, hintsUsed: 1, solutionViewed: false,
      lastPassed: 1, lastTotal: 3, firstAttemptAt: AT, updatedAt: AT,
    });
    expect((await again.list('intro')).map((r) => [r.id, r.status])).toEqual([['ex1', 'attempted'], ['q1', 'solved']]);
    expect(await again.list()).toHaveLength(3);
    expect(await again.getMeta('student')).toBe('김하늘');
  });
});

describe('records', () => {
  it('counts attempts, keeps solved once solved, and caps hints at what exists', () => {
    let r = recordAttempt({ lesson: 'l', id: 'e', kind: 'exercise', status: 'not-started', attempts: 0, hintsUsed: 0, solutionViewed: false, updatedAt: '' }, { solved: true, passed: 3, total: 3 }, AT);
    r = recordAttempt(r, { solved: false, passed: 2, total: 3 }, LATER);
    expect(r).toMatchObject({ status: 'solved', attempts: 2, lastPassed: 2, solvedAt: AT, firstAttemptAt: AT, updatedAt: LATER });
    r = recordHint(recordHint(recordHint(r, 2, AT), 2, AT), 2, AT);
    expect(r.hintsUsed).toBe(2);
  });
});

describe('quiz answers in the record', () => {
  it('are stored per question, replaced by the next answer, and survive reopening the store', async () => {
    const store = await ProgressStore.open();
    await store.update('intro', 'q', 'quiz', (r) => recordQuizAnswer(r, '1', [['2']], false, AT));
    await store.update('intro', 'q', 'quiz', (r) => recordQuizAnswer(r, '1', [['2'], ['1']], false, LATER));
    await store.update('intro', 'q', 'quiz', (r) => recordQuizAnswer(r, '2', [['1', '3']], true, LATER));
    store.close();
    const r = await (await ProgressStore.open()).get('intro', 'q');
    expect(r).toMatchObject({ status: 'solved', attempts: 3, quizAnswers: { 1: [['2'], ['1']], 2: [['1', '3']] } });
    expect(recordQuizAnswer(emptyRecord('l', 'q', 'quiz'), '1', [['a']], false, AT)).toMatchObject({ status: 'attempted', attempts: 1, quizAnswers: { 1: [['a']] } });
  });
});
