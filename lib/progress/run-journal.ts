/**
 * Remembers which cell is running, so that a visit which died mid-run (the tab crashed, ran out
 * of memory, was killed while frozen) can be named on the next visit. The next visit only reports
 * it: nothing is re-run.
 */
import type { EditStore, RunMarker } from './edits-db';

/** The part of the notebook store the journal watches (the real `Notebook` fits). */
export interface StatusHost {
  readonly cells: readonly { id: string }[];
  get(id: string): { status: string };
  subscribe(id: string, fn: () => void): () => void;
  /** Cells added or removed (the student's scratch cells, which load and appear after opening). */
  onCellsChange?(fn: () => void): () => void;
}

/** The run that was in progress when the previous visit ended. */
export interface InterruptedRun {
  cellId: string;
  startedAt: number;
}

/** The Web Lock a visit holds while its page lives. */
export function visitLockName(session: string): string {
  return `de-notebook:visit:${session}`;
}

/** Writes a marker when a cell starts running and removes it when the cell stops. */
export class RunJournal {
  /** The cells watched, with their unsubscribe: lesson and scratch cells alike. */
  private readonly watched = new Map<string, () => void>();
  private offCells?: () => void;
  private readonly running = new Set<string>();
  private current?: string;

  private constructor(
    private readonly slug: string,
    private readonly session: string,
    private readonly store: EditStore,
  ) {}

  /**
   * Reads what the previous visit left (a marker whose visit is gone) and starts journaling this
   * visit. A marker of a visit that still lives (the same lesson in another tab) is not reported.
   */
  static async open(
    slug: string,
    host: StatusHost,
    store: EditStore,
    options: { session: string; locks?: LockManager },
  ): Promise<{ journal: RunJournal; interrupted?: InterruptedRun }> {
    const journal = new RunJournal(slug, options.session, store);
    let interrupted: InterruptedRun | undefined;
    const marker = await store.runMarker(slug).catch(() => undefined);
    if (marker && !(await isLive(marker, options.locks))) {
      interrupted = { cellId: marker.cellId, startedAt: marker.startedAt };
      await store.deleteRunMarker(slug).catch(() => {});
    }
    journal.watch(host);
    // A scratch cell that crashes the tab must be named too, so cells added later are watched.
    journal.offCells = host.onCellsChange?.(() => journal.watch(host));
    return { journal, interrupted };
  }

  /** This visit ends normally (the page is hidden for good): its marker must not be reported. */
  leave(): void {
    if (this.current !== undefined) void this.store.deleteRunMarker(this.slug).catch(() => {});
    this.current = undefined;
  }

  /** Stops journaling. */
  close(): void {
    this.offCells?.();
    this.watched.forEach((off) => off());
    this.watched.clear();
  }

  /** Watches the host's cells as they are now; a removed cell counts as stopped. */
  private watch(host: StatusHost) {
    const ids = new Set(host.cells.map((c) => c.id));
    for (const [id, off] of this.watched) {
      if (ids.has(id)) continue;
      off();
      this.watched.delete(id);
      this.noticed(id, 'removed');
    }
    for (const id of ids) {
      if (!this.watched.has(id)) this.watched.set(id, host.subscribe(id, () => this.noticed(id, host.get(id).status)));
    }
  }

  private noticed(id: string, status: string) {
    const wasRunning = this.running.has(id);
    if (status === 'running' && !wasRunning) {
      this.running.add(id);
      this.current = id;
      const marker: RunMarker = { slug: this.slug, cellId: id, session: this.session, startedAt: Date.now() };
      void this.store.putRunMarker(marker).catch(() => {});
    } else if (status !== 'running' && wasRunning) {
      this.running.delete(id);
      if (this.current === id) {
        this.current = undefined;
        // Transactions on one store run in the order they were created: a later put wins.
        void this.store.deleteRunMarker(this.slug).catch(() => {});
      }
    }
  }
}

/** Whether the visit that wrote `marker` still has its page open (its lock is held). */
async function isLive(marker: RunMarker, locks: LockManager | undefined): Promise<boolean> {
  if (!locks) return false;
  try {
    const { held = [] } = await locks.query();
    return held.some((l) => l.name === visitLockName(marker.session));
  } catch {
    return false;
  }
}

/** Holds this visit's lock until the page goes away; resolves once it is held. */
export function holdVisitLock(session: string, locks: LockManager | undefined): Promise<void> {
  if (!locks) return Promise.resolve();
  return new Promise((resolve) => {
    locks
      .request(visitLockName(session), () => {
        resolve();
        return new Promise<never>(() => {});
      })
      .catch(() => resolve());
  });
}
