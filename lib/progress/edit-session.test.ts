import { describe, expect, it } from 'vitest';
import { EditSession } from './edit-session';
import { hashSource } from './hash';
import { FakeNotebook, freshStore } from './test-host';

const lesson = () => [
  { id: 'a', source: 'const a = 1' },
  { id: 'b', source: 'SELECT 1' },
];

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('EditSession', () => {
  it('saves an edit after the student stops typing and restores it in a new visit', async () => {
    const store = await freshStore();
    const nb = new FakeNotebook(lesson());
    const s = await EditSession.open('l1', nb, store, { debounceMs: 20 });
    nb.setSource('a', 'const a = 2');
    nb.setSource('a', 'const a = 23');
    expect(await store.lessonEdits('l1')).toEqual([]); // debounced: nothing written yet
    expect(s.state('a')).toEqual({ edited: true });
    await tick(60);
    const saved = await store.lessonEdits('l1');
    expect(saved.map((r) => [r.cellId, r.source, r.baseHash])).toEqual([['a', 'const a = 23', hashSource('const a = 1')]]);

    const next = new FakeNotebook(lesson());
    const restored = await EditSession.open('l1', next, store);
    expect(next.get('a').source).toBe('const a = 23');
    expect(next.get('b').source).toBe('SELECT 1');
    expect(restored.state('a')).toEqual({ edited: true });
    expect(restored.state('b')).toEqual({ edited: false });
  });

  it('keeps lessons apart and flushes pending saves on demand', async () => {
    const store = await freshStore();
    const nb = new FakeNotebook(lesson());
    const s = await EditSession.open('l1', nb, store, { debounceMs: 10_000 });
    nb.setSource('b', 'SELECT 2');
    await s.flush();
    expect((await store.lessonEdits('l1')).map((r) => r.source)).toEqual(['SELECT 2']);
    expect(await store.lessonEdits('other')).toEqual([]);
  });

  it('typing the lesson text back removes the saved edit', async () => {
    const store = await freshStore();
    const nb = new FakeNotebook(lesson());
    const s = await EditSession.open('l1', nb, store, { debounceMs: 5 });
    nb.setSource('a', 'x');
    await s.flush();
    nb.setSource('a', 'const a = 1');
    await s.flush();
    expect(await store.lessonEdits('l1')).toEqual([]);
    expect(s.state('a').edited).toBe(false);
  });

  it('reset puts one cell back; resetLesson puts every cell back', async () => {
    const store = await freshStore();
    const nb = new FakeNotebook(lesson());
    const s = await EditSession.open('l1', nb, store, { debounceMs: 5 });
    nb.setSource('a', 'mine a');
    nb.setSource('b', 'mine b');
    await s.flush();
    await s.reset('a');
    expect(nb.get('a').source).toBe('const a = 1');
    expect((await store.lessonEdits('l1')).map((r) => r.cellId)).toEqual(['b']);
    await s.resetLesson();
    expect(nb.get('b').source).toBe('SELECT 1');
    expect(await store.lessonEdits('l1')).toEqual([]);
    expect(s.state('b').edited).toBe(false);
  });

  it('a changed lesson file marks the edited cell; keep mine and take the new version resolve it', async () => {
    const store = await freshStore();
    const first = new FakeNotebook(lesson());
    const s1 = await EditSession.open('l1', first, store, { debounceMs: 5 });
    first.setSource('a', 'const a = 100');
    first.setSource('b', 'SELECT 100');
    await s1.close();

    // The instructor changed both cells; the student's versions stay, each cell says so.
    const changed = [
      { id: 'a', source: 'const a = 1; // v2' },
      { id: 'b', source: 'SELECT 1 -- v2' },
    ];
    const nb = new FakeNotebook(changed);
    const s = await EditSession.open('l1', nb, store, { debounceMs: 5 });
    expect(nb.get('a').source).toBe('const a = 100');
    expect(s.state('a').conflict).toEqual({ lessonSource: 'const a = 1; // v2', previousLessonSource: 'const a = 1' });

    // Typing during the conflict keeps it: the edit still belongs to the old lesson text.
    nb.setSource('a', 'const a = 101');
    await s.flush();
    expect(s.state('a').conflict).toBeDefined();

    await s.keepMine('a');
    expect(s.state('a')).toEqual({ edited: true });
    expect(nb.get('a').source).toBe('const a = 101');
    await s.takeLesson('b');
    expect(nb.get('b').source).toBe('SELECT 1 -- v2');
    expect(s.state('b')).toEqual({ edited: false });

    // A third visit with the same changed lesson: no conflict is left.
    const again = new FakeNotebook(changed);
    const s3 = await EditSession.open('l1', again, store);
    expect(again.get('a').source).toBe('const a = 101');
    expect(s3.state('a')).toEqual({ edited: true });
    expect(s3.state('b')).toEqual({ edited: false });
  });

  it('reports a failed save instead of throwing', async () => {
    const store = await freshStore();
    const errors: unknown[] = [];
    store.putEdit = () => Promise.reject(new Error('QuotaExceededError'));
    const nb = new FakeNotebook(lesson());
    const s = await EditSession.open('l1', nb, store, { debounceMs: 1, onSaveError: (e) => errors.push(e) });
    nb.setSource('a', 'x');
    await s.flush();
    expect(errors).toHaveLength(1);
  });
});
