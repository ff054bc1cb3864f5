/**
 * Page-side handle on one runner worker: routes its messages, tells when it is ready, and
 * notices when it dies. Death shows up three ways: an `error` event (the script failed to load),
 * the release of the Web Lock the runner holds (killed, e.g. out of memory, without any event),
 * or, where Web Locks are missing, unanswered pings while it should be idle.
 */
import type { PageToRunner, RunnerToPage } from './protocol';
import { markPhase } from './phase-marks';

/** The part of `Worker` the host uses (a fake in tests). */
export interface RunnerWorker {
  postMessage(message: PageToRunner): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => unknown) | null;
  onerror: ((event: ErrorEvent) => unknown) | null;
}

/** Callbacks and tuning of a host. */
export interface RunnerHostOptions {
  onMessage(message: RunnerToPage, host: RunnerHost): void;
  /** The runner died on its own (never called after `terminate()`). */
  onCrash(reason: string, host: RunnerHost): void;
  /** True while a cell executes in this runner: a busy runner cannot answer pings. */
  isBusy(host: RunnerHost): boolean;
  /** The page's `navigator.locks`, when available. */
  locks?: LockManager;
  readyTimeoutMs?: number;
  heartbeatMs?: number;
}

/** One runner worker's lifetime, from spawn to terminate or crash. */
export class RunnerHost {
  /** Resolves on the runner's `ready`; rejects if it dies or is terminated first. */
  readonly ready: Promise<void>;
  private closed = false;
  private lastSeen = Date.now();
  private readyTimer?: ReturnType<typeof setTimeout>;
  private heartbeat?: ReturnType<typeof setInterval>;
  private readonly lockWatch = new AbortController();
  private settleReady!: (error?: Error) => void;

  constructor(private readonly worker: RunnerWorker, private readonly options: RunnerHostOptions) {
    this.ready = new Promise<void>((resolve, reject) => {
      this.settleReady = (error) => (error ? reject(error) : resolve());
    });
    this.ready.catch(() => {}); // a runner replaced before anyone awaited it is not an error
    worker.onmessage = (event) => this.receive(event.data as RunnerToPage);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.crash(`the runtime failed${event.message ? `: ${event.message}` : ''}`);
    };
    const readyMs = options.readyTimeoutMs ?? 30_000;
    this.readyTimer = setTimeout(() => this.crash(`the runtime did not start within ${readyMs / 1000} s`), readyMs);
  }

  /** False once terminated or crashed. */
  get alive(): boolean {
    return !this.closed;
  }

  /** Sends a message; silently dropped once the runner is gone. */
  post(message: PageToRunner): void {
    if (!this.closed) this.worker.postMessage(message);
  }

  /** Kills the runner on purpose: no crash is reported for it. */
  terminate(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.readyTimer);
    clearInterval(this.heartbeat);
    this.lockWatch.abort();
    this.settleReady(new Error('runner terminated'));
    this.worker.terminate();
  }

  private receive(message: RunnerToPage) {
    if (this.closed) return;
    this.lastSeen = Date.now();
    if (message.type === 'pong') return;
    if (message.type === 'lock') {
      this.watchLock(message.lock);
      return;
    }
    if (message.type === 'ready') {
      markPhase('runner:ready');
      clearTimeout(this.readyTimer);
      this.startHeartbeat();
      this.settleReady();
    }
    this.options.onMessage(message, this);
  }

  private crash(reason: string) {
    if (this.closed) return;
    this.terminate();
    this.options.onCrash(reason, this);
  }

  /** Watches the runner's liveness lock, which replaces the heartbeat where the page has Web Locks. */
  private watchLock(lock: string) {
    const locks = this.options.locks;
    if (!locks) return; // the heartbeat goes on
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    // Granted only once the runner's context is gone and the browser released its lock.
    locks
      .request(lock, { signal: this.lockWatch.signal }, () => this.crash('the runtime stopped unexpectedly'))
      .catch(() => {});
  }

  /** Pings the runner while it is idle and declares a silent one dead (until its lock is watched). */
  private startHeartbeat() {
    const every = this.options.heartbeatMs ?? 2_000;
    this.heartbeat = setInterval(() => {
      if (this.options.isBusy(this)) return;
      if (Date.now() - this.lastSeen > every * 3) this.crash('the runtime stopped responding');
      else this.post({ type: 'ping' });
    }, every);
  }
}
