/**
 * Runs database tasks one at a time, in call order. The page's DuckDB has one connection,
 * and a connection runs one pending query at a time: without the queue, two concurrent
 * `sql()` calls from a cell (or a cell and a restart) would interleave their polls.
 */
import { QueryCancelledError } from './duckdb-errors';

interface Waiting {
  cancellable: boolean;
  reject(error: Error): void;
}

/** A FIFO of async tasks with at most one running. */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();
  private readonly waiting = new Set<Waiting>();
  private running = 0;

  /** Tasks queued behind the running one. */
  get pending(): number {
    return this.waiting.size;
  }

  /** Whether a task is running now. */
  get busy(): boolean {
    return this.running > 0;
  }

  /**
   * Runs `task` after every task queued before it has settled; resolves or rejects as it
   * does. A `cancellable` task still waiting can be dropped by `cancelWaiting()`.
   */
  run<T>(task: () => Promise<T>, options: { cancellable?: boolean } = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = { cancellable: options.cancellable ?? false, reject };
      this.waiting.add(entry);
      this.tail = this.tail.then(async () => {
        if (!this.waiting.delete(entry)) return; // dropped while waiting
        this.running++;
        try {
          resolve(await task());
        } catch (e) {
          reject(e);
        } finally {
          this.running--;
        }
      });
    });
  }

  /**
   * Rejects every waiting cancellable task with `QueryCancelledError` (they never start)
   * and returns how many there were. The running task is the caller's business.
   */
  cancelWaiting(): number {
    let count = 0;
    for (const entry of this.waiting) {
      if (!entry.cancellable) continue;
      this.waiting.delete(entry);
      entry.reject(new QueryCancelledError());
      count++;
    }
    return count;
  }
}
