/**
 * A minimal notebook for progress tests: cells with a source and a status, change listeners.
 * Not shipped: only the tests import it.
 */
import 'fake-indexeddb/auto'; // the IDB* globals idb expects
import { IDBFactory } from 'fake-indexeddb';
import { IdbEditStore, openEditsDb } from './edits-db';

/** A stand-in for the `Notebook` store (sources, statuses, per-cell listeners). */
export class FakeNotebook {
  private readonly state = new Map<string, { source: string; status: string }>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly listListeners = new Set<() => void>();

  constructor(readonly cells: { id: string; source: string }[]) {
    for (const c of cells) this.state.set(c.id, { source: c.source, status: 'idle' });
  }

  get(id: string) {
    return this.state.get(id)!;
  }

  setSource(id: string, source: string) {
    this.patch(id, { source });
  }

  setStatus(id: string, status: string) {
    this.patch(id, { status });
  }

  /** Adds a cell (like a scratch cell joining the notebook). */
  addCell(id: string, source = '') {
    this.cells.push({ id, source });
    this.state.set(id, { source, status: 'idle' });
    this.listListeners.forEach((fn) => fn());
  }

  /** Removes a cell (a deleted scratch cell). */
  removeCell(id: string) {
    this.cells.splice(this.cells.findIndex((c) => c.id === id), 1);
    this.listListeners.forEach((fn) => fn());
  }

  onCellsChange(fn: () => void) {
    this.listListeners.add(fn);
    return () => void this.listListeners.delete(fn);
  }

  subscribe(id: string, fn: () => void) {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(fn);
    return () => void set!.delete(fn);
  }

  private patch(id: string, p: Partial<{ source: string; status: string }>) {
    this.state.set(id, { ...this.get(id), ...p });
    this.listeners.get(id)?.forEach((fn) => fn());
  }
}

/** A fresh, empty IndexedDB (fake-indexeddb) per test, behind the real store class. */
export async function freshStore(): Promise<IdbEditStore> {
  (globalThis as { indexedDB?: IDBFactory }).indexedDB = new IDBFactory();
  return new IdbEditStore(await openEditsDb());
}
