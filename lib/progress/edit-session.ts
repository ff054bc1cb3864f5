/**
 * Keeps a lesson's cell edits in the browser: restores them when the page opens, saves every edit
 * shortly after the student stops typing, resets cells to the lesson's version, and notices when
 * the lesson file changed under an edit (then the student decides: keep mine, take the new one).
 */
import type { EditRecord, EditStore } from './edits-db';
import { hashSource } from './hash';

/** The part of the notebook store an edit session needs (the real `Notebook` fits). */
export interface SourceHost {
  readonly cells: readonly { id: string; source: string }[];
  get(id: string): { source: string };
  setSource(id: string, source: string): void;
  subscribe(id: string, fn: () => void): () => void;
}

/** What the page shows about one cell's edit. */
export interface CellEditState {
  /** The student's source differs from the lesson's. */
  edited: boolean;
  /** Set when the lesson's version of the cell changed since the student edited it. */
  conflict?: { lessonSource: string; previousLessonSource: string };
}

/** Tuning and error reporting. */
export interface EditSessionOptions {
  /** Quiet time after the last keystroke before a save (default 400 ms). */
  debounceMs?: number;
  /** A save failed (quota, private mode...): the page tells the student edits may not persist. */
  onSaveError?(error: unknown): void;
}

type PendingOp = { kind: 'put'; record: EditRecord } | { kind: 'delete' };

const UNEDITED: CellEditState = { edited: false };

/** One lesson's edits for the lifetime of the page. */
export class EditSession {
  private readonly records = new Map<string, EditRecord>();
  private readonly states = new Map<string, CellEditState>();
  private readonly known = new Map<string, string>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly pending = new Map<string, PendingOp>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly authored = new Map<string, string>();
  private readonly unsubscribe: (() => void)[] = [];
  private applying = false;

  private constructor(
    readonly slug: string,
    private readonly host: SourceHost,
    private readonly store: EditStore,
    private readonly options: EditSessionOptions,
  ) {
    for (const c of host.cells) this.authored.set(c.id, c.source);
  }

  /** Loads the lesson's saved edits into `host` and starts saving new ones. */
  static async open(slug: string, host: SourceHost, store: EditStore, options: EditSessionOptions = {}): Promise<EditSession> {
    const session = new EditSession(slug, host, store, options);
    session.restore(await store.lessonEdits(slug));
    session.watch();
    return session;
  }

  /** The edit state of a cell (the same object until it changes, for React). */
  state(id: string): CellEditState {
    return this.states.get(id) ?? UNEDITED;
  }

  /** Subscribes to one cell's edit state; returns the unsubscribe function. */
  subscribe(id: string, fn: () => void): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(fn);
    return () => set!.delete(fn);
  }

  /** Puts a cell back to the lesson's version and forgets the student's. */
  async reset(id: string): Promise<void> {
    this.setFromOutside(id, this.authored.get(id) ?? '');
    this.records.delete(id);
    this.setState(id, UNEDITED);
    this.cancelPending(id);
    await this.write(() => this.store.deleteEdit(this.slug, id));
  }

  /** Puts every cell of the lesson back to the lesson's version. */
  async resetLesson(): Promise<void> {
    for (const id of this.authored.keys()) {
      this.cancelPending(id);
      this.setFromOutside(id, this.authored.get(id)!);
      this.records.delete(id);
      this.setState(id, UNEDITED);
    }
    await this.write(() => this.store.deleteLessonEdits(this.slug));
  }

  /** Conflict answer "keep mine": the student's source stays, now based on the new lesson text. */
  async keepMine(id: string): Promise<void> {
    const record = this.records.get(id);
    const lesson = this.authored.get(id);
    if (!record || lesson === undefined) return;
    this.cancelPending(id);
    const next = { ...record, source: this.host.get(id).source, baseHash: hashSource(lesson), baseSource: lesson, savedAt: Date.now() };
    this.records.set(id, next);
    this.setState(id, { edited: true });
    await this.write(() => this.store.putEdit(next));
  }

  /** Conflict answer "take the new version": same as a reset of the cell. */
  takeLesson(id: string): Promise<void> {
    return this.reset(id);
  }

  /** Writes every pending save now (before the page goes away). */
  async flush(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((id) => this.commit(id)));
  }

  /** Stops watching the notebook; pending saves are written first. */
  async close(): Promise<void> {
    this.unsubscribe.splice(0).forEach((off) => off());
    await this.flush();
  }

  private restore(records: EditRecord[]) {
    for (const record of records) {
      const lesson = this.authored.get(record.cellId);
      if (lesson === undefined) continue; // a cell the lesson no longer has: kept in storage, not shown
      if (record.source === lesson) {
        void this.write(() => this.store.deleteEdit(this.slug, record.cellId));
        continue;
      }
      this.records.set(record.cellId, record);
      this.setFromOutside(record.cellId, record.source);
      const changed = record.baseHash !== hashSource(lesson);
      this.setState(record.cellId, {
        edited: true,
        ...(changed && { conflict: { lessonSource: lesson, previousLessonSource: record.baseSource } }),
      });
    }
  }

  private watch() {
    for (const id of this.authored.keys()) {
      this.known.set(id, this.host.get(id).source);
      this.unsubscribe.push(this.host.subscribe(id, () => this.noticed(id)));
    }
  }

  /** Any change of the cell's runtime state; only a new source matters here. */
  private noticed(id: string) {
    const source = this.host.get(id).source;
    if (source === this.known.get(id)) return;
    this.known.set(id, source);
    if (!this.applying) this.edited(id, source);
  }

  private edited(id: string, source: string) {
    const lesson = this.authored.get(id)!;
    const conflict = this.states.get(id)?.conflict;
    if (source === lesson) {
      // Typed back to the lesson's text (or matched the new version): nothing to keep.
      this.records.delete(id);
      this.setState(id, UNEDITED);
      return this.schedule(id, { kind: 'delete' });
    }
    const previous = this.records.get(id);
    const record: EditRecord = {
      slug: this.slug,
      cellId: id,
      source,
      // During a conflict the edit still belongs to the old lesson text until the student decides.
      baseHash: conflict && previous ? previous.baseHash : hashSource(lesson),
      baseSource: conflict && previous ? previous.baseSource : lesson,
      savedAt: Date.now(),
    };
    this.records.set(id, record);
    if (!this.states.get(id)?.edited) this.setState(id, { edited: true, ...(conflict && { conflict }) });
    this.schedule(id, { kind: 'put', record });
  }

  private schedule(id: string, op: PendingOp) {
    this.pending.set(id, op);
    clearTimeout(this.timers.get(id));
    this.timers.set(id, setTimeout(() => void this.commit(id), this.options.debounceMs ?? 400));
  }

  private cancelPending(id: string) {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.pending.delete(id);
  }

  private async commit(id: string) {
    const op = this.pending.get(id);
    this.cancelPending(id);
    if (!op) return;
    await this.write(() => (op.kind === 'put' ? this.store.putEdit(op.record) : this.store.deleteEdit(this.slug, id)));
  }

  private async write(fn: () => Promise<void>) {
    try {
      await fn();
    } catch (e) {
      this.options.onSaveError?.(e);
    }
  }

  private setFromOutside(id: string, source: string) {
    this.applying = true;
    try {
      this.host.setSource(id, source);
      this.known.set(id, source);
    } finally {
      this.applying = false;
    }
  }

  private setState(id: string, state: CellEditState) {
    this.states.set(id, state);
    this.listeners.get(id)?.forEach((fn) => fn());
  }
}
