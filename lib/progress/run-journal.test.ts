import { describe, expect, it } from 'vitest';
import { RunJournal, visitLockName } from './run-journal';
import { FakeNotebook, freshStore } from './test-host';

const cells = () => [{ id: 'a', source: '1' }, { id: 'b', source: '2' }];
const tick = () => new Promise((r) => setTimeout(r, 10));

/** Web Locks as seen by `query()`: only the names listed are held. */
const locksHolding = (...names: string[]) =>
  ({ query: async () => ({ held: names.map((name) => ({ name, mode: 'exclusive' })), pending: [] }) }) as unknown as LockManager;

describe('RunJournal', () => {
  it('marks the running cell and clears the mark when it finishes', async () => {
    const store = await freshStore();
    const nb = new FakeNotebook(cells());
    await RunJournal.open('l1', nb, store, { session: 's1' });
    nb.setStatus('a', 'running');
    await tick();
    expect(await store.runMarker('l1')).toMatchObject({ cellId: 'a', session: 's1' });
    nb.setStatus('a', 'done');
    await tick();
    expect(await store.runMarker('l1')).toBeUndefined();
  });

  it('a visit that died mid-run is reported once by the next visit', async () => {
    const store = await freshStore();
    const nb = new FakeNotebook(cells());
    await RunJournal.open('l1', nb, store, { session: 'dead' });
    nb.setStatus('b', 'running');
    await tick(); // ... and the tab crashes here

    const next = await RunJournal.open('l1', new FakeNotebook(cells()), store, { session: 'new', locks: locksHolding() });
    expect(next.interrupted).toMatchObject({ cellId: 'b' });
    const third = await RunJournal.open('l1', new FakeNotebook(cells()), store, { session: 'third', locks: locksHolding() });
    expect(third.interrupted).toBeUndefined();
  });

  it('a run in another open tab of the same lesson is not reported as a crash', async () => {
    const store = await freshStore();
    await RunJournal.open('l1', new FakeNotebook(cells()), store, { session: 'other-tab' }).then(() => {});
    await store.putRunMarker({ slug: 'l1', cellId: 'a', session: 'other-tab', startedAt: 1 });
    const next = await RunJournal.open('l1', new FakeNotebook(cells()), store, { session: 'me', locks: locksHolding(visitLockName('other-tab')) });
    expect(next.interrupted).toBeUndefined();
    expect(await store.runMarker('l1')).toBeDefined();
  });

  it('leaving the page normally clears the mark', async () => {
    const store = await freshStore();
    const nb = new FakeNotebook(cells());
    const { journal } = await RunJournal.open('l1', nb, store, { session: 's' });
    nb.setStatus('a', 'running');
    await tick();
    journal.leave();
    await tick();
    expect(await store.runMarker('l1')).toBeUndefined();
  });

  it('names a scratch cell added after opening that was running when the visit died', async () => {
    const store = await freshStore();
    const nb = new FakeNotebook(cells());
    await RunJournal.open('l1', nb, store, { session: 'dead' });
    nb.addCell('scratch-k3j9');
    nb.setStatus('scratch-k3j9', 'running');
    await tick(); // ... and the tab crashes here

    const next = await RunJournal.open('l1', new FakeNotebook(cells()), store, { session: 'new', locks: locksHolding() });
    expect(next.interrupted).toMatchObject({ cellId: 'scratch-k3j9' });
  });

  it('a scratch cell deleted while it ran leaves no mark, and a closed journal watches no new cell', async () => {
    const store = await freshStore();
    const nb = new FakeNotebook(cells());
    const { journal } = await RunJournal.open('l1', nb, store, { session: 's' });
    nb.addCell('scratch-a');
    nb.setStatus('scratch-a', 'running');
    await tick();
    expect(await store.runMarker('l1')).toMatchObject({ cellId: 'scratch-a' });
    nb.removeCell('scratch-a');
    await tick();
    expect(await store.runMarker('l1')).toBeUndefined();
    journal.close();
    nb.addCell('scratch-b');
    nb.setStatus('scratch-b', 'running');
    await tick();
    expect(await store.runMarker('l1')).toBeUndefined();
  });
});
