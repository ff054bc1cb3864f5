import { describe, expect, it, vi } from 'vitest';
import { openLessonProgress, prewarmVisit } from './open';
import { FakeNotebook, freshStore } from './test-host';

const cells = () => [{ id: 'a', source: '1' }];

describe('openLessonProgress', () => {
  it('restores edits and reports the run the previous visit died in', async () => {
    const store = await freshStore();
    await store.putEdit({ slug: 's', cellId: 'a', source: '2', baseHash: 'x', baseSource: '1', savedAt: 1 });
    await store.putRunMarker({ slug: 's', cellId: 'a', session: 'gone', startedAt: 5 });
    const nb = new FakeNotebook(cells());
    const p = await openLessonProgress('s', nb, { store });
    expect(p.unavailable).toBe(false);
    expect(nb.get('a').source).toBe('2');
    expect(p.interrupted).toEqual({ cellId: 'a', startedAt: 5 });
  });

  it('works without storage when the browser refuses it, and says so', async () => {
    const store = await freshStore();
    store.lessonEdits = () => Promise.reject(new Error('SecurityError: storage disabled'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const nb = new FakeNotebook(cells());
    const p = await openLessonProgress('s', nb, { store });
    expect(p).toEqual({ unavailable: true });
    expect(nb.get('a').source).toBe('1');
    warn.mockRestore();
  });

  it('uses the visit lock started early (once), and a fresh one after that', async () => {
    const names: string[] = [];
    const locks = {
      request: (name: string, cb: () => Promise<never>) => (names.push(name), void cb(), new Promise<never>(() => {})),
      query: async () => ({ held: names.map((name) => ({ name })) }),
    } as unknown as LockManager;
    prewarmVisit(locks);
    prewarmVisit(locks); // idempotent
    expect(names).toHaveLength(1);
    await openLessonProgress('s', new FakeNotebook(cells()), { store: await freshStore(), locks });
    expect(names).toHaveLength(1);
    await openLessonProgress('s', new FakeNotebook(cells()), { store: await freshStore(), locks });
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
  });

  it('reads the saved edits without waiting for the visit lock; the journal waits for it', async () => {
    const store = await freshStore();
    await store.putEdit({ slug: 's', cellId: 'a', source: '2', baseHash: 'x', baseSource: '1', savedAt: 1 });
    let grant!: () => void;
    const locks = {
      request: (_name: string, cb: () => Promise<never>) => (void new Promise<void>((r) => (grant = r)).then(cb), new Promise<never>(() => {})),
      query: async () => ({ held: [] }),
    } as unknown as LockManager;
    const markerRead = vi.spyOn(store, 'runMarker');
    const nb = new FakeNotebook(cells());
    let opened = false;
    const p = openLessonProgress('s', nb, { store, locks }).then((r) => ((opened = true), r));
    await vi.waitFor(() => expect(nb.get('a').source).toBe('2'));
    expect(markerRead).not.toHaveBeenCalled();
    expect(opened).toBe(false);
    grant();
    expect((await p).unavailable).toBe(false);
    expect(markerRead).toHaveBeenCalledOnce();
  });

  it('stops the journal when the edits cannot be read', async () => {
    const store = await freshStore();
    store.lessonEdits = () => Promise.reject(new Error('InvalidStateError'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const nb = new FakeNotebook(cells());
    expect(await openLessonProgress('s', nb, { store })).toEqual({ unavailable: true });
    await new Promise((r) => setTimeout(r, 10));
    // Nothing journals runs for a notebook that was told storage is unavailable.
    nb.setStatus('a', 'running');
    await new Promise((r) => setTimeout(r, 10));
    expect(await store.runMarker('s')).toBeUndefined();
    warn.mockRestore();
  });
});
