/**
 * Opening the browser databases early. A lesson page's notebook goes live only once saved
 * edits and scratch cells are read, and opening IndexedDB is the slowest step of that (100-300
 * ms measured on a warm visit, on a busy page). Started when the notebook's module loads, the
 * open overlaps React's hydration; the first real open takes the promise, later ones open anew.
 */

/** One early open: `take()` hands it over once, then `undefined`. */
export class EarlyOpen<T> {
  private early: Promise<T> | undefined;

  constructor(private readonly open: () => Promise<T>) {}

  /** Starts opening now (idempotent; nothing happens where IndexedDB does not exist). */
  start(): void {
    if (this.early || typeof indexedDB === 'undefined') return;
    this.early = this.open();
    this.early.catch(() => {}); // reported to whoever takes it
  }

  /** The early open if one was started and not yet taken, else a fresh open. */
  take(): Promise<T> {
    const early = this.early;
    this.early = undefined;
    return early ?? this.open();
  }
}
