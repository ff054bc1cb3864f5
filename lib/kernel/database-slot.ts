/**
 * The kernel's hold on the page's DuckDB: opening it (once, or again after a failed load),
 * resetting it on restart, closing it on dispose, and the promise runs wait on meanwhile.
 */
import type { KernelDatabase } from './kernel-deps';
import { messageOf } from './run-errors';

/** What the slot reports to the kernel. */
export interface DatabaseSlotEvents {
  onChange(): void;
  onFailure(reason: string): void;
  isDisposed(): boolean;
}

/** One database, through its lifecycle. */
export class DatabaseSlot {
  db?: KernelDatabase;
  private failed = false;
  private resetting = false;
  /** Settles when the database is usable (or undefined when it cannot be). */
  promise: Promise<KernelDatabase | undefined> = Promise.resolve(undefined);

  constructor(private readonly open: () => Promise<KernelDatabase>, private readonly events: DatabaseSlotEvents) {}

  /** Open and not resetting. */
  get ready(): boolean {
    return this.db !== undefined && !this.resetting;
  }

  /** Starts opening the database. */
  load(): void {
    this.failed = false;
    this.promise = this.open().then(
      (db) => {
        if (this.events.isDisposed()) return void db.close(), undefined;
        this.db = db;
        this.events.onChange();
        return db;
      },
      (e) => {
        this.failed = true;
        this.events.onFailure(`DuckDB failed to load: ${messageOf(e)}`);
        return undefined;
      },
    );
  }

  /** Restart: tables back to the lesson's data; a failed load is retried; a load in flight is left alone. */
  reset(): void {
    if (this.failed) return this.load();
    const db = this.db;
    if (!db) return;
    this.resetting = true;
    this.promise = Promise.resolve()
      .then(() => db.reset())
      .then(() => db, (e) => (this.events.onFailure(`resetting the database failed: ${messageOf(e)}`), undefined))
      .finally(() => ((this.resetting = false), this.events.onChange()));
  }

  /** Closes the database once any load or reset in flight is done. */
  close(): void {
    void this.promise.then((db) => db?.close()).catch(() => {});
  }
}
