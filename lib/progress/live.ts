/**
 * The page's live view of the student's records: one cache per page, filled from IndexedDB and
 * written through to it, with subscriptions so the exercise panel, the table of contents and the
 * course index all show a change at once. Where IndexedDB is unavailable (some private modes) it
 * keeps records for the page's lifetime only, and says so through `persistent`.
 */
import { ProgressStore } from './exercises';
import type { ActivityKind, ActivityRecord } from './record';
import { emptyRecord } from './record';

const keyOf = (lesson: string, id: string) => `${lesson}\u0000${id}`;

/** See the module comment. */
export class ProgressHub {
  /** +1 on every change: a cheap snapshot for lists. */
  version = 0;
  /** False once opening IndexedDB failed. */
  persistent = true;
  private readonly records = new Map<string, ActivityRecord>();
  private readonly listeners = new Set<() => void>();
  private readonly store: Promise<ProgressStore | undefined>;
  private readonly loaded: Promise<void>;

  constructor(open: () => Promise<ProgressStore> = () => ProgressStore.open()) {
    this.store = open().catch(() => {
      this.persistent = false;
      this.changed();
      return undefined;
    });
    this.loaded = this.store.then(async (store) => {
      for (const r of (await store?.list()) ?? []) this.records.set(keyOf(r.lesson, r.id), r);
      this.changed();
    });
  }

  /** Resolves once the stored records are in the cache. */
  ready(): Promise<void> {
    return this.loaded;
  }

  get(lesson: string, id: string): ActivityRecord | undefined {
    return this.records.get(keyOf(lesson, id));
  }

  /** Every record (all lessons). */
  all(): ActivityRecord[] {
    return [...this.records.values()];
  }

  /** Applies `change` to a record and stores it; returns the new record. */
  async update(lesson: string, id: string, kind: ActivityKind, change: (r: ActivityRecord) => ActivityRecord): Promise<ActivityRecord> {
    await this.loaded;
    const store = await this.store;
    const next = store
      ? await store.update(lesson, id, kind, change)
      : change(this.get(lesson, id) ?? emptyRecord(lesson, id, kind));
    this.records.set(keyOf(lesson, id), next);
    this.changed();
    return next;
  }

  async getMeta(key: string): Promise<string | undefined> {
    return (await this.store)?.getMeta(key);
  }

  async setMeta(key: string, value: string): Promise<void> {
    await (await this.store)?.setMeta(key, value);
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed() {
    this.version++;
    for (const fn of [...this.listeners]) fn();
  }
}

let hub: ProgressHub | undefined;

/** The page's hub (browser only; created on first use). */
export function progressHub(): ProgressHub {
  hub ??= new ProgressHub();
  return hub;
}
