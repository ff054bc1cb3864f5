/**
 * The page-side Compiler and the worker's service, wired together through a fake Worker that
 * runs the real service (with esbuild-wasm's node build) in this process.
 */
import * as esbuild from 'esbuild-wasm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Compiler, getCompiler } from './client';
import type { Esbuild } from './compile';
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
    const compiler = new Compiler();
    const pending = compiler.compile('1', 'c1');
    await expect(compiler.ready).rejects.toThrow('could not start: wasm not found');
    await expect(pending).rejects.toThrow('wasm not found');
    await expect(compiler.compile('2', 'c2')).rejects.toThrow('wasm not found');
  });

  test('a crashed worker fails pending requests and is replaced on the next compile', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.init = () => new Promise(() => {}); // never ready: the request stays pending
    const compiler = new Compiler();
    const pending = compiler.compile('1', 'c1');
    FakeWorker.created[0].listeners.error.forEach((l) => l({ message: 'boom' }));
    await expect(pending).rejects.toThrow('crashed: boom');
    expect(FakeWorker.created[0].terminated).toBe(true);
    FakeWorker.init = async () => esbuild;
    expect(await compiler.compile('2', 'c2')).toMatchObject({ ok: true });
    expect(FakeWorker.created).toHaveLength(2);
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
