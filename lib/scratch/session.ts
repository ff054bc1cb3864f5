/**
 * A page's scratch cells: restores the student's saved cells into the notebook at their places,
 * adds and deletes cells, and saves each cell's source shortly after the student stops typing.
 * The lesson's cells are never touched. In a lesson, scratch cells run only when the student runs
 * them (like `norun` cells): "Run all", "Run cells above" and dependency runs skip them, so a
 * broken experiment never stops the lesson. On the playground they are the notebook.
 */
import type { NotebookCell } from '@/lib/notebook/types';
import type { ScratchStore } from './db';
import { effectiveAnchor, groupOf, mergedOrder, rankAfter } from './order';
import { newScratchId, type ScratchRecord } from './types';

/** The part of the notebook store scratch cells need (the real `Notebook` fits). */
export interface ScratchHost {
  readonly authored: readonly NotebookCell[];
  get(id: string): { source: string };
  subscribe(id: string, fn: () => void): () => void;
  insertCell(cell: NotebookCell, index: number): void;
  removeCell(id: string): void;
}

/** Options; `standalone` is the playground (no lesson cells: scratch cells run with "Run all"). */
export interface ScratchOptions {
  standalone?: boolean;
  /** Quiet time after the last keystroke before a save (default 400 ms). */
  debounceMs?: number;
  onSaveError?(error: unknown): void;
}

/** One page's scratch cells for the lifetime of the page. */
export class ScratchSession {
  private readonly records = new Map<string, ScratchRecord>();
  private readonly watches = new Map<string, () => void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<() => void>();
  private groups = new Map<string | null, readonly ScratchRecord[]>();
  private readonly authoredIds: string[];

  private constructor(
    readonly slug: string,
    private readonly host: ScratchHost,
    private readonly store: ScratchStore,
    private readonly options: ScratchOptions,
  ) {
    this.authoredIds = host.authored.map((c) => c.id);
  }

  /** Loads the page's saved scratch cells into `host`; the playground starts with one empty TS cell. */
  static async open(
    slug: string,
    host: ScratchHost,
    store: ScratchStore,
    options: ScratchOptions = {},
    /** The page's saved cells, when they were read ahead (lib/scratch/open.ts). */
    savedAhead?: ScratchRecord[],
  ): Promise<ScratchSession> {
    const session = new ScratchSession(slug, host, store, options);
    const saved = savedAhead ?? (await store.list(slug));
    // A saved cell whose id a lesson cell has since taken cannot be shown; it stays in storage.
    for (const r of saved) if (!session.authoredIds.includes(r.id)) session.records.set(r.id, r);
    const order = session.order();
    order.forEach((id, index) => {
      const record = session.records.get(id);
      if (record) session.attach(record, index);
    });
    if (options.standalone && saved.length === 0) session.add('ts', null);
    return session;
  }

  /** The scratch cells shown under a lesson cell (null: before every lesson cell), in order. */
  group(anchor: string | null): readonly ScratchRecord[] {
    let group = this.groups.get(anchor);
    if (!group) this.groups.set(anchor, (group = groupOf([...this.records.values()], anchor, this.authoredIds)));
    return group;
  }

  /** Subscribes to cells being added or deleted; returns the unsubscribe function. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /**
   * Adds an empty cell right below the cell `below` (a lesson or scratch cell; null: at the very
   * top). Below an exercise's starter it goes after the exercise's last starter, so it never splits
   * the exercise. Returns the new cell's id.
   */
  add(lang: 'ts' | 'sql', below: string | null): string {
    const after = below === null ? undefined : this.records.get(below);
    const anchor = after ? effectiveAnchor(after.anchor, this.authoredIds) : below === null ? null : this.slotOf(below);
    const rank = rankAfter(this.group(anchor), after ? after.id : null);
    const record: ScratchRecord = { slug: this.slug, id: newScratchId(), anchor, rank, lang, source: '', createdAt: Date.now() };
    this.records.set(record.id, record);
    this.attach(record, this.order().indexOf(record.id));
    this.changed();
    void this.write(() => this.store.put(record));
    return record.id;
  }

  /** Deletes a scratch cell from the page and from storage. */
  async remove(id: string): Promise<void> {
    if (!this.records.delete(id)) return;
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.watches.get(id)?.();
    this.watches.delete(id);
    this.host.removeCell(id);
    this.changed();
    await this.write(() => this.store.delete(this.slug, id));
  }

  /** Writes every pending save now (before the page goes away). */
  async flush(): Promise<void> {
    await Promise.all([...this.timers.keys()].map((id) => this.save(id)));
  }

  /** Stops watching the notebook; pending saves are written first. */
  async close(): Promise<void> {
    this.watches.forEach((off) => off());
    this.watches.clear();
    await this.flush();
  }

  /** Every cell id in run order, as the notebook must hold them. */
  private order(): string[] {
    return mergedOrder(this.authoredIds, [...this.records.values()]);
  }

  /** The lesson cell a new cell below `id` is anchored to. */
  private slotOf(id: string): string | null {
    const cell = this.host.authored.find((c) => c.id === id);
    if (!cell) return effectiveAnchor(id, this.authoredIds);
    if (!cell.exercise) return id;
    return this.host.authored.filter((c) => c.exercise === cell.exercise).at(-1)!.id;
  }

  private attach(record: ScratchRecord, index: number) {
    const cell: NotebookCell = { id: record.id, lang: record.lang, source: record.source, norun: !this.options.standalone, scratch: true };
    this.host.insertCell(cell, index);
    this.watches.set(record.id, this.host.subscribe(record.id, () => this.noticed(record.id)));
  }

  private noticed(id: string) {
    const record = this.records.get(id);
    const source = this.host.get(id).source;
    if (!record || record.source === source) return;
    this.records.set(id, { ...record, source });
    clearTimeout(this.timers.get(id));
    this.timers.set(id, setTimeout(() => void this.save(id), this.options.debounceMs ?? 400));
  }

  private async save(id: string) {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    const record = this.records.get(id);
    if (record) await this.write(() => this.store.put(record));
  }

  private async write(fn: () => Promise<void>) {
    try {
      await fn();
    } catch (e) {
      this.options.onSaveError?.(e);
    }
  }

  private changed() {
    this.groups = new Map();
    this.listeners.forEach((fn) => fn());
  }
}
