import type { Output } from '@/lib/kernel/outputs';
import type { RunRequest, RunResult } from '@/lib/kernel/client';
import type { CellRuntime, NotebookCell } from './types';
import { appendOutput } from './outputs-merge';
import { dependenciesToRun } from './plan';

/** The part of the kernel the notebook needs (the real `Kernel`, or a fake in unit tests). */
export interface KernelLike {
  readonly epoch: number;
  run(req: RunRequest, onOutput: (o: Output) => void): Promise<RunResult>;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

type Listener = () => void;

/** What exclusive work (an exercise check) can do while it has the kernel to itself. */
export interface NotebookAccess {
  readonly kernel: KernelLike;
  /** Runs one cell now with its current source, as if the student had pressed Run. */
  runCell(id: string): Promise<RunResult>;
  /** Earlier cells whose effects the runtime lacks: what `run(id)` would run first. */
  pendingBefore(id: string): string[];
}

/** Work queued with `runExclusive`. */
interface Job {
  work(access: NotebookAccess): Promise<unknown>;
  settle(value: unknown): void;
}

/**
 * Runtime state of a lesson's cells and the run queue. Authored cells are read-only input; this
 * store owns statuses, outputs and the student's current source. Runs execute strictly in order.
 */
export class Notebook {
  private state = new Map<string, CellRuntime>();
  private listeners = new Map<string, Set<Listener>>();
  private listListeners = new Set<Listener>();
  private queue: (string | Job)[] = [];
  private draining = false;
  private list: readonly NotebookCell[];

  constructor(
    /** The lesson's own cells, in document order (never changes). */
    readonly authored: readonly NotebookCell[],
    private readonly kernel: KernelLike,
  ) {
    this.list = authored;
    for (const c of authored) this.addState(c);
  }

  /** Every cell in run order: the lesson's cells and the student's scratch cells among them. */
  get cells(): readonly NotebookCell[] {
    return this.list;
  }

  /** Adds a cell (a scratch cell) at `index` of `cells`. */
  insertCell(cell: NotebookCell, index: number): void {
    if (this.state.has(cell.id)) throw new Error(`cell ${cell.id} exists`);
    this.addState(cell);
    this.list = [...this.list.slice(0, index), cell, ...this.list.slice(index)];
    this.listListeners.forEach((fn) => fn());
  }

  /** Removes a cell added with `insertCell` (it leaves the queue if it was waiting). */
  removeCell(id: string): void {
    if (this.authored.some((c) => c.id === id)) throw new Error(`cell ${id} belongs to the lesson`);
    this.queue = this.queue.filter((q) => q !== id);
    this.list = this.list.filter((c) => c.id !== id);
    this.state.delete(id);
    this.listeners.delete(id);
    this.listListeners.forEach((fn) => fn());
  }

  /** Subscribes to cells being added or removed; returns the unsubscribe function. */
  onCellsChange(fn: Listener): () => void {
    this.listListeners.add(fn);
    return () => this.listListeners.delete(fn);
  }

  /** Current runtime state of a cell (a new object after every change, for React). */
  get(id: string): CellRuntime {
    const s = this.state.get(id);
    if (!s) throw new Error(`unknown cell ${id}`);
    return s;
  }

  /** Subscribes to one cell's changes; returns the unsubscribe function. */
  subscribe(id: string, fn: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(fn);
    return () => set!.delete(fn);
  }

  /** Records the student's edit (does not run anything). */
  setSource(id: string, source: string): void {
    this.patch(id, { source });
  }

  /** Runs a cell, first running any earlier cell whose effects the runtime lacks. */
  run(id: string): void {
    const index = this.cells.findIndex((c) => c.id === id);
    if (index < 0) return;
    const deps = dependenciesToRun(this.cells, index, (c) => this.satisfied(c));
    this.enqueue([...deps, id]);
  }

  /**
   * Queues `work` behind everything queued so far and gives it the kernel to itself: nothing else
   * runs until it settles. Resolves with its value, or undefined when Stop cleared the queue first.
   */
  runExclusive<T>(work: (access: NotebookAccess) => Promise<T>): Promise<T | undefined> {
    return new Promise((resolve) => {
      this.queue.push({ work, settle: resolve as (value: unknown) => void });
      void this.drain();
    });
  }

  /** Runs every cell top to bottom (skipping `norun` cells). */
  runAll(): void {
    this.enqueue(this.cells.filter((c) => !c.norun).map((c) => c.id));
  }

  /** Runs every cell above the given one, in order. */
  runAbove(id: string): void {
    const index = this.cells.findIndex((c) => c.id === id);
    this.enqueue(this.cells.slice(0, Math.max(0, index)).filter((c) => !c.norun).map((c) => c.id));
  }

  /** Interrupts the running cell and clears the queue; tables survive, variables do not. */
  async stop(): Promise<void> {
    this.clearQueue();
    await this.kernel.stop();
  }

  /** Fresh runtime: variables and DuckDB tables reset; outputs stay for reference. */
  async restart(): Promise<void> {
    this.clearQueue();
    await this.kernel.restart();
    for (const c of this.cells) {
      const s = this.get(c.id);
      if (s.status !== 'idle') this.patch(c.id, { status: 'idle', ranInEpoch: undefined });
    }
  }

  /** Whether any run is queued or executing. */
  get busy(): boolean {
    return this.draining || this.queue.length > 0;
  }

  private satisfied(cell: NotebookCell): boolean {
    const s = this.get(cell.id);
    if (s.status !== 'done') return false;
    // A plain SQL cell's effect lives in DuckDB, which survives a stopped runner.
    if (cell.lang === 'sql' && !cell.name) return true;
    return s.ranInEpoch === this.kernel.epoch;
  }

  private enqueue(ids: string[]): void {
    for (const id of ids) {
      if (this.queue.includes(id)) continue;
      this.queue.push(id);
      this.patch(id, { status: 'queued' });
    }
    void this.drain();
  }

  private clearQueue(): void {
    for (const id of this.queue) {
      if (typeof id !== 'string') {
        id.settle(undefined);
        continue;
      }
      const s = this.get(id);
      if (s.status === 'queued') this.patch(id, { status: s.ranInEpoch !== undefined ? 'done' : 'idle' });
    }
    this.queue = [];
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const next = this.queue.shift()!;
        if (typeof next !== 'string') {
          await this.runJob(next);
          continue;
        }
        const result = await this.execute(next);
        if (!result.ok) this.clearQueue(); // like Jupyter: a failing cell stops the rest of the queue
      }
    } finally {
      this.draining = false;
    }
  }

  private async runJob(job: Job): Promise<void> {
    const access: NotebookAccess = {
      kernel: this.kernel,
      runCell: (id) => this.execute(id),
      pendingBefore: (id) => {
        const index = this.cells.findIndex((c) => c.id === id);
        return index < 0 ? [] : dependenciesToRun(this.cells, index, (c) => this.satisfied(c));
      },
    };
    try {
      job.settle(await job.work(access));
    } catch (e) {
      console.error('Notebook: exclusive work failed', e);
      job.settle(undefined);
    }
  }

  private async execute(id: string): Promise<RunResult> {
    const cell = this.cells.find((c) => c.id === id);
    if (!cell) return { ok: true, durationMs: 0 }; // removed while it waited
    const { source } = this.get(id);
    this.patch(id, { status: 'running', outputs: [], diagnostics: [], errorLine: undefined, durationMs: undefined, compileMs: undefined });
    const result = await this.kernel.run(
      { cellId: id, lang: cell.lang, source, name: cell.name, timeoutMs: cell.timeoutMs },
      (o) => this.patch(id, { outputs: appendOutput(this.state.get(id)?.outputs ?? [], o) }),
    );
    let outputs = this.state.get(id)?.outputs ?? [];
    if (result.error) outputs = appendOutput(outputs, result.error);
    this.patch(id, {
      status: result.ok ? 'done' : 'error',
      durationMs: result.durationMs,
      compileMs: result.compileMs,
      outputs,
      diagnostics: result.compileErrors ?? [],
      errorLine: result.error?.line,
      ranInEpoch: result.ok ? this.kernel.epoch : undefined,
    });
    return result;
  }

  private addState(c: NotebookCell): void {
    this.state.set(c.id, { source: c.source, status: 'idle', outputs: [], diagnostics: [] });
  }

  private patch(id: string, p: Partial<CellRuntime>): void {
    const current = this.state.get(id);
    if (!current) return; // a scratch cell deleted while it ran
    this.state.set(id, { ...current, ...p });
    this.listeners.get(id)?.forEach((fn) => fn());
  }
}
