import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageToRunner, RunnerToPage } from './protocol';
import { RunnerHost, type RunnerHostOptions, type RunnerWorker } from './runner-host';

class FakeWorker implements RunnerWorker {
  onmessage: ((event: MessageEvent) => unknown) | null = null;
  onerror: ((event: ErrorEvent) => unknown) | null = null;
  posted: PageToRunner[] = [];
  terminated = false;
  postMessage(message: PageToRunner) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  say(message: RunnerToPage) {
    this.onmessage?.({ data: message } as MessageEvent);
  }
}

/** A LockManager stand-in: a request is granted when the test releases the lock. */
function fakeLocks() {
  const waiting = new Map<string, { cb: () => unknown; signal?: AbortSignal }>();
  const locks = {
    request: vi.fn((name: string, options: { signal?: AbortSignal }, cb: () => unknown) => {
      waiting.set(name, { cb, signal: options.signal });
      return new Promise((resolve, reject) => options.signal?.addEventListener('abort', () => reject(new Error('AbortError'))));
    }),
  };
  const release = (name: string) => {
    const w = waiting.get(name);
    if (w && !w.signal?.aborted) w.cb();
  };
  return { locks: locks as unknown as LockManager, release };
}

function host(options: Partial<RunnerHostOptions> = {}) {
  const worker = new FakeWorker();
  const events = { messages: [] as RunnerToPage[], crashes: [] as string[] };
  const h = new RunnerHost(worker, {
    onMessage: (m) => events.messages.push(m),
    onCrash: (reason) => events.crashes.push(reason),
    isBusy: () => false,
    ...options,
  });
  return { h, worker, events };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('RunnerHost', () => {
  it('resolves ready on the runner ready message and forwards messages', async () => {
    const { h, worker, events } = host();
    worker.say({ type: 'ready' });
    await expect(h.ready).resolves.toBeUndefined();
    worker.say({ type: 'output', runId: 1, output: { kind: 'text', text: 'x' } });
    expect(events.messages.map((m) => m.type)).toEqual(['ready', 'output']);
    h.terminate();
  });

  it('reports an error event as a crash and terminates the worker', async () => {
    const { h, worker, events } = host();
    const prevent = vi.fn();
    worker.onerror?.({ message: 'Failed to fetch module', preventDefault: prevent } as unknown as ErrorEvent);
    expect(events.crashes).toEqual(['the runtime failed: Failed to fetch module']);
    expect(prevent).toHaveBeenCalled();
    expect(worker.terminated).toBe(true);
    expect(h.alive).toBe(false);
    await expect(h.ready).rejects.toThrow();
  });

  it('does not report a crash for an intentional terminate, and drops later posts', () => {
    const { h, worker, events } = host();
    h.terminate();
    worker.onerror?.({ message: 'late' } as ErrorEvent);
    h.post({ type: 'ping' });
    expect(events.crashes).toEqual([]);
    expect(worker.posted).toEqual([]);
  });

  it('gives up on a runner that never becomes ready', () => {
    vi.useFakeTimers();
    const { events } = host({ readyTimeoutMs: 1_000 });
    vi.advanceTimersByTime(1_001);
    expect(events.crashes).toEqual(['the runtime did not start within 1 s']);
  });

  it('notices a silent death through the released Web Lock', async () => {
    const { locks, release } = fakeLocks();
    const { worker, events } = host({ locks });
    worker.say({ type: 'ready' });
    worker.say({ type: 'lock', lock: 'runner-1' });
    expect(locks.request).toHaveBeenCalledWith('runner-1', expect.anything(), expect.any(Function));
    release('runner-1');
    expect(events.crashes).toEqual(['the runtime stopped unexpectedly']);
  });

  it('pings from ready until the lock is held, then relies on the lock alone', () => {
    vi.useFakeTimers();
    const { locks, release } = fakeLocks();
    const { worker, events } = host({ locks, heartbeatMs: 100 });
    worker.say({ type: 'ready' });
    vi.advanceTimersByTime(100);
    expect(worker.posted).toEqual([{ type: 'ping' }]);
    worker.say({ type: 'lock', lock: 'runner-3' });
    expect(events.messages.map((m) => m.type)).toEqual(['ready']); // the lock is the host's business
    vi.advanceTimersByTime(1_000); // silence is no verdict any more: a busy runner holds its lock
    expect(worker.posted).toEqual([{ type: 'ping' }]);
    expect(events.crashes).toEqual([]);
    release('runner-3');
    expect(events.crashes).toEqual(['the runtime stopped unexpectedly']);
  });

  it('without Web Locks on the page, a lock message changes nothing: one heartbeat goes on', () => {
    vi.useFakeTimers();
    const { worker } = host({ heartbeatMs: 100 });
    worker.say({ type: 'ready' });
    worker.say({ type: 'lock', lock: 'runner-4' });
    vi.advanceTimersByTime(100);
    expect(worker.posted).toEqual([{ type: 'ping' }]);
  });

  it('stops watching the lock when terminated on purpose', () => {
    const { locks, release } = fakeLocks();
    const { h, worker, events } = host({ locks });
    worker.say({ type: 'ready' });
    worker.say({ type: 'lock', lock: 'runner-2' });
    h.terminate();
    release('runner-2');
    expect(events.crashes).toEqual([]);
  });

  it('without Web Locks, pings while idle and declares a silent runner dead', () => {
    vi.useFakeTimers();
    let busy = false;
    const { worker, events } = host({ heartbeatMs: 100, isBusy: () => busy });
    worker.say({ type: 'ready' });
    vi.advanceTimersByTime(100);
    expect(worker.posted).toEqual([{ type: 'ping' }]);
    worker.say({ type: 'pong' });
    expect(events.messages.map((m) => m.type)).toEqual(['ready']); // pongs are not forwarded
    busy = true;
    vi.advanceTimersByTime(1_000); // a busy runner cannot answer: no verdict
    expect(events.crashes).toEqual([]);
    busy = false;
    worker.say({ type: 'done', runId: 1, ok: true });
    vi.advanceTimersByTime(250);
    expect(events.crashes).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(events.crashes).toEqual(['the runtime stopped responding']);
  });
});
