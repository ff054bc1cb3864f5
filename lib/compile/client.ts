/**
 * Page-side handle on the compile worker. Safe to import during server rendering: nothing
 * touches `Worker` until `start()` or `compile()` is called in a browser.
 */
import type { CompilerRequest, CompilerResponse } from './protocol';
import type { CompileResult } from './types';
import { markPhase } from '@/lib/kernel/phase-marks';
import { CompileResultCache } from './result-cache';
import { IdleStop } from '@/lib/idle-stop';

/** The first-run compiler (fast-compile.ts): a result, or `undefined` to wait for esbuild. */
export type FastCompile = (source: string, cellId: string) => CompileResult | undefined;

export interface CompilerOptions {
  /**
   * Loads the first-run compiler, used on the page until esbuild is ready; `null` turns it off.
   * Default: sucrase's chunk, fetched as soon as the compiler starts.
   */
  loadFast?: (() => Promise<FastCompile>) | null;
  /**
   * After this many ms without a compile, esbuild's worker is stopped (it holds ~100 MB) and
   * the next compile starts it again, with the first-run compiler covering the restart as it
   * covers the first start. `null`: never. Default: one minute.
   */
  idleStopMs?: number | null;
  /** How long after the last compile it answered on the page a stopped esbuild starts again. */
  wakeAfterMs?: number;
}

const IDLE_STOP_MS = 60_000;
const WAKE_AFTER_MS = 2_000;

/** The first-run compiler's answer, or `undefined` when it declines or throws. */
function tryFast(fast: FastCompile, source: string, cellId: string): CompileResult | undefined {
  try {
    return fast(source, cellId);
  } catch {
    return undefined; // esbuild gives the verdict, with its own wording
  }
}

const loadSucrase = async (): Promise<FastCompile> => (await import('./fast-compile')).fastCompile;

interface Pending {
  resolve: (result: CompileResult) => void;
  reject: (error: Error) => void;
}

/**
 * Compiles cells in a dedicated worker. Requests may be sent before the worker is ready; the
 * worker queues them. Until esbuild is up, cells the first-run compiler accepts are compiled
 * on the page instead: esbuild's start-up keeps the worker's thread busy for seconds, so a
 * fast path there would wait behind it. If the worker dies, pending requests fail and the
 * next `compile()` starts a fresh worker.
 */
export class Compiler {
  private worker: Worker | undefined;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private readyPromise: Promise<void> | undefined;
  private settleReady: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private initError: Error | undefined;
  private esbuildReady = false;
  private readonly loadFast: (() => Promise<FastCompile>) | null;
  private fast: Promise<FastCompile | undefined> | undefined;
  private readonly cache = new CompileResultCache();
  private readonly idle: IdleStop;
  private readonly wakeAfterMs: number;
  /** esbuild was stopped for idleness (not crashed): restart it only once a run is over. */
  private resting = false;
  private wake: ReturnType<typeof setTimeout> | undefined;

  constructor(options: CompilerOptions = {}) {
    this.loadFast = options.loadFast === undefined ? loadSucrase : options.loadFast;
    this.wakeAfterMs = options.wakeAfterMs ?? WAKE_AFTER_MS;
    this.idle = new IdleStop(options.idleStopMs === undefined ? IDLE_STOP_MS : options.idleStopMs, () => this.stopIdle());
  }

  /** Resolves once esbuild is initialised and warmed up; rejects if it cannot start. Starts the worker. */
  get ready(): Promise<void> {
    this.start();
    return this.readyPromise!;
  }

  /** Spawns the worker if it is not running (call it early, e.g. when a lesson page mounts). */
  start(): void {
    if (this.worker) return;
    if (typeof Worker === 'undefined') throw new Error('the cell compiler needs a browser (Worker is not available)');
    this.resting = false;
    clearTimeout(this.wake);
    this.initError = undefined;
    this.esbuildReady = false;
    this.readyPromise = new Promise<void>((resolve, reject) => {
      this.settleReady = { resolve, reject };
    });
    // Nobody may be awaiting `ready`; a failed start is also reported through compile().
    this.readyPromise.catch(() => {});
    // The bundler recognises this exact shape and emits the worker as its own chunk.
    const worker = new Worker(new URL('./compile.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<CompilerResponse>) => this.onMessage(event.data));
    worker.addEventListener('error', (event: ErrorEvent) => {
      this.fail(new Error(`the compile worker crashed: ${event.message || 'failed to load'}`));
    });
    this.worker = worker;
    this.preloadFast();
  }

  /**
   * Starts loading the first-run compiler at once: a Run clicked while the page loads (or just
   * after) would otherwise wait for ~350 KB of JS to load and evaluate (120-290 ms measured on a
   * warm visit) before it could compile.
   */
  private preloadFast(): void {
    if (this.loadFast) void this.fastCompiler();
  }

  /** The first-run compiler, loaded once; a failed chunk load only means every cell waits for esbuild. */
  private fastCompiler(): Promise<FastCompile | undefined> {
    this.fast ??= this.loadFast ? this.loadFast().catch(() => undefined) : Promise.resolve(undefined);
    return this.fast;
  }

  /** Compiles one cell. Rejects only when the compiler itself fails, never for the cell's errors. */
  async compile(source: string, cellId: string): Promise<CompileResult> {
    const hit = this.cache.get(cellId, source);
    if (hit) return hit;
    if (this.resting) {
      // esbuild's start-up takes a core for about a second: starting it now would slow this very
      // run (1.5 s instead of 0.1 s, measured). The first-run compiler answers; esbuild comes back
      // once the student has paused, or now for a cell only it can compile.
      const fast = await this.fastCompiler();
      const result = fast && tryFast(fast, source, cellId);
      if (result) {
        clearTimeout(this.wake);
        this.wake = setTimeout(() => this.start(), this.wakeAfterMs);
        return result;
      }
    }
    this.start();
    if (this.initError) throw this.initError;
    if (!this.esbuildReady && this.loadFast) {
      const result = await this.compileFast(source, cellId);
      if (result) return result;
    }
    // Only esbuild's answers are kept: once it is up, it compiles every cell at least once.
    const result = await this.send(source, cellId);
    this.cache.set(cellId, source, result);
    return result;
  }

  /** The first-run compiler's answer, unless esbuild became ready (or failed) meanwhile. */
  private async compileFast(source: string, cellId: string): Promise<CompileResult | undefined> {
    const settled = this.readyPromise!.then(() => undefined, () => undefined);
    const fast = await Promise.race([this.fastCompiler(), settled]);
    if (this.initError) throw this.initError;
    if (this.esbuildReady || !fast) return undefined;
    return tryFast(fast, source, cellId);
  }

  private send(source: string, cellId: string): Promise<CompileResult> {
    this.start(); // the worker may have crashed while the fast path was loading
    if (this.initError) return Promise.reject(this.initError);
    const id = this.nextId++;
    this.idle.busy();
    return new Promise<CompileResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: CompilerRequest = { type: 'compile', id, source, cellId };
      this.worker!.postMessage(request);
    });
  }

  /** Stops the worker; pending requests are rejected. A later call starts a new one. */
  terminate(): void {
    this.fail(new Error('the compiler was stopped'));
  }

  private onMessage(message: CompilerResponse): void {
    switch (message.type) {
      case 'ready':
        markPhase('compiler:ready');
        this.esbuildReady = true;
        this.settleReady?.resolve();
        if (this.pending.size === 0) this.idle.quiet();
        return;
      case 'init-error':
        // Keep the worker so the error sticks: compile() rejects at once instead of retrying.
        this.initError = new Error(`the cell compiler could not start: ${message.message}`);
        this.settleReady?.reject(this.initError);
        this.rejectAll(this.initError);
        return;
      case 'compiled':
        this.take(message.id)?.resolve(message.result);
        return;
      case 'compile-failed':
        this.take(message.id)?.reject(new Error(`compiling failed: ${message.message}`));
        return;
    }
  }

  private take(id: number): Pending | undefined {
    const entry = this.pending.get(id);
    this.pending.delete(id);
    if (this.pending.size === 0) this.idle.quiet();
    return entry;
  }

  /** The quiet period passed: the worker goes; a start error stays (it must keep being reported). */
  private stopIdle(): void {
    if (!this.worker || this.pending.size > 0 || this.initError) return;
    this.worker.terminate();
    this.worker = undefined;
    this.resting = true;
  }

  private rejectAll(error: Error): void {
    for (const entry of this.pending.values()) entry.reject(error);
    this.pending.clear();
  }

  private fail(error: Error): void {
    this.idle.busy();
    clearTimeout(this.wake);
    this.resting = false;
    this.worker?.terminate();
    this.worker = undefined;
    this.settleReady?.reject(error);
    this.rejectAll(error);
  }
}

let shared: Compiler | undefined;

/** The page's one compiler, created on first use (the worker starts on first start/compile). */
export function getCompiler(): Compiler {
  shared ??= new Compiler();
  return shared;
}
