/**
 * The lesson page's first runner, started while React is still hydrating. A first Run needs the
 * runner and nothing else (TS cells compile on the page until esbuild is up), and the runner
 * takes a few hundred ms to load; starting it with the page's scripts rather than after
 * hydration takes that off the first result. The kernel adopts it through `spawnRunner`; what
 * the worker said before the kernel listened (its `ready`) is replayed to the kernel's handlers.
 */
import type { RunnerWorker } from './runner-host';

interface Early {
  worker: Worker;
  said: { kind: 'message' | 'error'; event: Event }[];
}

let early: Early | undefined;

/** Starts one runner worker now, unless one is already waiting (or workers are unavailable). */
export function prewarm(spawn: () => Worker): void {
  if (early || typeof Worker === 'undefined') return;
  const worker = spawn();
  const said: Early['said'] = [];
  worker.onmessage = (event) => said.push({ kind: 'message', event });
  worker.onerror = (event) => {
    event.preventDefault();
    said.push({ kind: 'error', event });
  };
  early = { worker, said };
}

/** The prewarmed runner, once; later calls (and pages that prewarmed nothing) get `undefined`. */
export function adoptPrewarmed(): RunnerWorker | undefined {
  const taken = early;
  early = undefined;
  if (!taken) return undefined;
  const { worker, said } = taken;
  const handlers: { message: RunnerWorker['onmessage']; error: RunnerWorker['onerror'] } = { message: null, error: null };
  // Delivers what the worker said before anyone listened, once, ahead of anything newer.
  const flush = () => {
    for (const { kind, event } of said.splice(0)) {
      if (kind === 'message') handlers.message?.call(worker, event as MessageEvent);
      else handlers.error?.call(worker, event as ErrorEvent);
    }
  };
  const wrapped: RunnerWorker = {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    get onmessage() {
      return handlers.message;
    },
    set onmessage(handler) {
      handlers.message = handler;
      worker.onmessage = (event) => (flush(), handler?.call(worker, event));
      // After the adopter has set its handlers, in this same task.
      queueMicrotask(flush);
    },
    get onerror() {
      return handlers.error;
    },
    set onerror(handler) {
      handlers.error = handler;
      worker.onerror = (event) => (flush(), handler?.call(worker, event));
      queueMicrotask(flush);
    },
  };
  return wrapped;
}
