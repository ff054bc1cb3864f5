/**
 * The page-side Compiler and the worker's service, wired together through a fake Worker that
 * runs the real service (with esbuild-wasm's node build) in this process.
 */
import * as esbuild from 'esbuild-wasm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Compiler, getCompiler } from './client';
import type { Esbuild } from './compile';
import { fastCompile } from './fast-compile';
import { CompileResultCache } from './result-cache';
import type { CompilerRequest, CompilerResponse } from './protocol';
import { createCompileService } from './service';

type Listener = (event: { data?: unknown; message?: string }) => void;

/** Stands in for `Worker`: the same message flow, structured-cloned, asynchronous. */
class FakeWorker {
  static created: FakeWorker[] = [];
  static init: () => Promise<Esbuild> = async () => esbuild;
  readonly listeners: Record<string, Listener[]> = {};
  readonly received: CompilerRequest[] = [];
  terminated = false;
  private handle: (request: CompilerRequest) => Promise<void>;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.created.push(this);
    this.handle = createCompileService(FakeWorker.init, (message) => this.emit('message', { data: structuredClone(message) }));
  }
  addEventListener(type: string, listener: Listener): void {
    (this.listeners[type] ??= []).push(listener);
  }
  postMessage(request: CompilerRequest): void {
    this.received.push(request);
    void this.handle(structuredClone(request));
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(type: string, event: { data?: unknown; message?: string }): void {
    if (!this.terminated) setTimeout(() => this.listeners[type]?.forEach((l) => l(event)), 0);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.created = [];
  FakeWorker.init = async () => esbuild;
});

describe('Compiler', () => {
  test('is safe to create without Worker, and says so when started', () => {
    const compiler = new Compiler();
    expect(() => compiler.start()).toThrow(/needs a browser/);
    expect(getCompiler()).toBe(getCompiler());
  });

  test('spawns one module worker lazily and compiles before and after ready', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const compiler = new Compiler();
    expect(FakeWorker.created).toHaveLength(0);
    const early = compiler.compile('const a: number = 1;\na', 'c1');
    await compiler.ready;
    const late = await compiler.compile('let = ;', 'c2');
    expect(await early).toMatchObject({ ok: true, cellId: 'c1', declared: ['a'], hasValue: true });
    expect(late).toMatchObject({ ok: false, cellId: 'c2', errors: [{ line: 1 }] });
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0].url.pathname.endsWith('/lib/compile/compile.worker.ts')).toBe(true);
    expect(FakeWorker.created[0].options).toEqual({ type: 'module' });
  });

  test('reports a failed initialisation through ready and compile', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.init = () => Promise.reject(new Error('wasm not found'));
    const compiler = new Compiler({ loadFast: null });
    const pending = compiler.compile('1', 'c1');
    await expect(compiler.ready).rejects.toThrow('could not start: wasm not found');
    await expect(pending).rejects.toThrow('wasm not found');
    await expect(compiler.compile('2', 'c2')).rejects.toThrow('wasm not found');
  });

  test('a crashed worker fails pending requests and is replaced on the next compile', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.init = () => new Promise(() => {}); // never ready: the request stays pending
    const compiler = new Compiler({ loadFast: null });
    const pending = compiler.compile('1', 'c1');
    FakeWorker.created[0].listeners.error.forEach((l) => l({ message: 'boom' }));
    await expect(pending).rejects.toThrow('crashed: boom');
    expect(FakeWorker.created[0].terminated).toBe(true);
    FakeWorker.init = async () => esbuild;
    expect(await compiler.compile('2', 'c2')).toMatchObject({ ok: true });
    expect(FakeWorker.created).toHaveLength(2);
  });
});

/** A compiler whose esbuild start-up finishes only when the test says so, with a watched fast path. */
function slowStart() {
  vi.stubGlobal('Worker', FakeWorker);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  FakeWorker.init = async () => (await gate, esbuild);
  const fast = vi.fn(fastCompile);
  const compiler = new Compiler({ loadFast: async () => fast });
  return { compiler, fast, release, worker: () => FakeWorker.created[0] };
}

describe('Compiler before esbuild is ready (first-run compiler on the page)', () => {
  test('answers a plain cell on the page, with code that runs, without asking the worker', async () => {
    const { compiler, worker, release } = slowStart();
    const result = await compiler.compile('const n: number = 20;\nn + 22', 'c1');
    if (!result.ok) throw new Error('expected a compiled cell');
    expect(result.declared).toEqual(['n']);
    expect(await (0, eval)(result.code)()).toBe(42);
    expect(worker().received).toEqual([]);
    release();
  });

  test('leaves enums and syntax errors to esbuild, which answers once it is up', async () => {
    const { compiler, worker, release } = slowStart();
    let settled = 0;
    const enumCell = compiler.compile('enum Color { Red }\nColor.Red', 'c1').finally(() => settled++);
    const broken = compiler.compile('const x = ;', 'c2').finally(() => settled++);
    await vi.waitFor(() => expect(worker().received).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(0);
    release();
    expect(await enumCell).toMatchObject({ ok: true, hasValue: true });
    // esbuild's own wording and location, as the editor always shows them.
    const error = await broken;
    if (error.ok) throw new Error('expected a compile error');
    expect(error.errors[0]).toMatchObject({ line: 1, column: 11, message: 'Unexpected ";"' });
  });

  test('uses only esbuild once it is ready', async () => {
    const { compiler, fast, worker, release } = slowStart();
    release();
    await compiler.ready;
    expect(await compiler.compile('1 + 1', 'c3')).toMatchObject({ ok: true });
    expect(worker().received).toHaveLength(1);
    expect(fast).not.toHaveBeenCalled();
  });

  test('a fast path that fails to load only means waiting for esbuild', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const compiler = new Compiler({ loadFast: () => Promise.reject(new Error('chunk missing')) });
    expect(await compiler.compile('2 + 2', 'c4')).toMatchObject({ ok: true, hasValue: true });
    expect(FakeWorker.created[0].received).toHaveLength(1);
  });
});

describe('compile service', () => {
  test('warms up before announcing ready and answers compile-failed when esbuild breaks', async () => {
    const posted: CompilerResponse[] = [];
    let calls = 0;
    const flaky: Esbuild = {
      transform: ((input: string, options: esbuild.TransformOptions) => {
        calls++;
        return calls === 1 ? esbuild.transform(input, options) : Promise.reject(new Error('service stopped'));
      }) as Esbuild['transform'],
    };
    const handle = createCompileService(async () => flaky, (m) => posted.push(m));
    await handle({ type: 'compile', id: 7, source: '1', cellId: 'c1' });
    expect(calls).toBe(2);
    expect(posted).toEqual([{ type: 'ready' }, { type: 'compile-failed', id: 7, message: 'service stopped' }]);
  });
});

describe('Compiler result cache', () => {
  test('an unchanged cell is compiled once; a changed source or another cell id compiles again', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const compiler = new Compiler({ loadFast: null });
    const first = await compiler.compile('const a: number = 1;\na', 'c1');
    expect(await compiler.compile('const a: number = 1;\na', 'c1')).toBe(first);
    await compiler.compile('const a: number = 2;\na', 'c1');
    await compiler.compile('const a: number = 1;\na', 'c2');
    expect(FakeWorker.created[0].received.map((r) => r.type === 'compile' && r.cellId)).toEqual(['c1', 'c1', 'c2']);
  });

  test('compile errors are cached too, and the oldest entry goes when full', async () => {
    const cache = new CompileResultCache(2);
    const r = (cellId: string) => ({ ok: false as const, cellId, errors: [] });
    cache.set('a', 'x', r('a'));
    cache.set('b', 'x', r('b'));
    expect(cache.get('a', 'x')).toEqual(r('a')); // now most recently used
    cache.set('c', 'x', r('c'));
    expect(cache.get('b', 'x')).toBeUndefined();
    expect(cache.get('a', 'x')).toEqual(r('a'));
    expect(cache.size).toBe(2);
  });

  test('stops esbuild after a quiet period; the next run is answered on the page, and esbuild returns after it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const compiler = new Compiler({ idleStopMs: 30, wakeAfterMs: 50 });
    await compiler.ready;
    expect(await compiler.compile('const a = 1;\na', 'c1')).toMatchObject({ ok: true });
    expect(FakeWorker.created[0].received).toHaveLength(1);
    await vi.waitFor(() => expect(FakeWorker.created[0].terminated).toBe(true));
    // esbuild's start-up would compete with this run for the CPU: it waits until the run is over.
    const next = await compiler.compile('const b: number = 2;\nb', 'c2');
    expect(next).toMatchObject({ ok: true, cellId: 'c2', declared: ['b'] });
    expect(FakeWorker.created).toHaveLength(1);
    await vi.waitFor(() => expect(FakeWorker.created).toHaveLength(2));
    await compiler.ready;
    expect(await compiler.compile('let = ;', 'c3')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
    expect(FakeWorker.created[1].received).toHaveLength(1);
  });

  test('a stopped esbuild starts at once for a cell only it can compile', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const compiler = new Compiler({ idleStopMs: 20, wakeAfterMs: 60_000 });
    await compiler.ready;
    await compiler.compile('1', 'c1');
    await vi.waitFor(() => expect(FakeWorker.created[0].terminated).toBe(true));
    expect(await compiler.compile('let = ;', 'c2')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created[1].received).toHaveLength(1);
  });

  test('stopping the compiler cancels a pending restart', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const compiler = new Compiler({ idleStopMs: 20, wakeAfterMs: 30 });
    await compiler.ready;
    await compiler.compile('1', 'c1');
    await vi.waitFor(() => expect(FakeWorker.created[0].terminated).toBe(true));
    await compiler.compile('2', 'c2');
    compiler.terminate();
    await new Promise((r) => setTimeout(r, 80));
    expect(FakeWorker.created).toHaveLength(1);
  });

  test('never stops esbuild while a compile waits for it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    // esbuild starts more slowly than the quiet period; with no fast path, the cell waits for it.
    FakeWorker.init = () => new Promise((r) => setTimeout(() => r(esbuild), 80));
    const compiler = new Compiler({ idleStopMs: 20, loadFast: null });
    const result = await compiler.compile('enum E { A }\nE.A', 'c1');
    expect(result).toMatchObject({ ok: true });
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0].terminated).toBe(false);
    await vi.waitFor(() => expect(FakeWorker.created[0].terminated).toBe(true));
  });

  test('keeps a failed start: it is reported again instead of retried', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.init = () => Promise.reject(new Error('wasm not found'));
    const compiler = new Compiler({ idleStopMs: 10, loadFast: null });
    await expect(compiler.ready).rejects.toThrow('wasm not found');
    await new Promise((r) => setTimeout(r, 40));
    await expect(compiler.compile('1', 'c1')).rejects.toThrow('wasm not found');
    expect(FakeWorker.created).toHaveLength(1);
  });
});
