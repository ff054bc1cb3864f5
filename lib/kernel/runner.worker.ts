/**
 * The runner worker: one per kernel, disposable. Stop terminates it and the page spawns a fresh
 * one (variables are lost; tables live in the page's DuckDB and survive). Spawned with
 * `new Worker(new URL('./runner.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { startRunner } from '@/lib/cell-api/runtime';
import type { PageToRunner, RunnerToPage } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

/**
 * Holds a uniquely named Web Lock for the worker's whole life. The browser releases it when the
 * worker dies for any reason (terminate, out of memory), which is how the page notices a crash
 * that raises no error event. Undefined where Web Locks are unavailable (non-secure origins).
 */
function holdLivenessLock(): Promise<string | undefined> {
  const locks = self.navigator?.locks;
  if (!locks || typeof crypto?.randomUUID !== 'function') return Promise.resolve(undefined);
  const name = `de-notebook:runner:${crypto.randomUUID()}`;
  return new Promise((resolve) => {
    locks.request(name, () => {
      resolve(name);
      return new Promise<never>(() => {});
    }).catch(() => resolve(undefined));
  });
}

const runtime = startRunner({
  post: (message, transfer) => self.postMessage(message, transfer ?? []),
  listen: (handler) => {
    self.onmessage = (event: MessageEvent<PageToRunner>) => handler(event.data);
  },
});

// Runs do not wait for the lock: the page watches it from when it is held (protocol.ts LockMessage).
void holdLivenessLock().then((lock) => lock && self.postMessage({ type: 'lock', lock } satisfies RunnerToPage));

// An uncancelled error event in a worker reaches the page's `worker.onerror`, which means "crash"
// there; errors from a cell's stray callbacks fail the running cell instead.
self.addEventListener('error', (event) => {
  event.preventDefault();
  runtime.failCurrentRun(event.error ?? new Error(event.message));
});
self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  runtime.failCurrentRun(event.reason);
});

export {};
