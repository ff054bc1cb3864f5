/**
 * The compile worker's logic, separated from the worker globals so node tests can drive it
 * with the node build of esbuild-wasm: initialise once, announce readiness, answer requests.
 */
import { compileCell, type Esbuild } from './compile';
import type { CompilerRequest, CompilerResponse } from './protocol';
import type { CompileResult } from './types';

/** The first-run compiler (fast-compile.ts): a result, or `undefined` to wait for esbuild. */
export type FastCompile = (source: string, cellId: string) => CompileResult | undefined;

/** A tiny TypeScript cell: the first transform after `initialize` is slow, so pay it up front. */
export const WARM_UP_SOURCE = 'const warm: number = 1;\nwarm';

/**
 * Starts initialising esbuild right away and returns the message handler. Requests that arrive
 * before initialisation finishes are compiled by `loadFast`'s compiler when it takes them, and
 * otherwise wait for esbuild; after a failed initialisation every request is answered with
 * `compile-failed` (the page has already been told by `init-error`).
 */
export function createCompileService(
  init: () => Promise<Esbuild>,
  post: (message: CompilerResponse) => void,
  loadFast?: () => Promise<FastCompile>,
): (request: CompilerRequest) => Promise<void> {
  let esbuildUp = false;
  const ready = init().then(
    async (esbuild) => {
      // Warm up before announcing readiness so the student's first Run is fast.
      await compileCell(esbuild, WARM_UP_SOURCE, 'warm-up');
      esbuildUp = true;
      post({ type: 'ready' });
      return esbuild;
    },
    (err: unknown) => {
      post({ type: 'init-error', message: errorMessage(err) });
      return undefined;
    },
  );

  // Loaded after esbuild's start so the 14 MB download begins first; a failed load only means
  // every cell waits for esbuild.
  const fast = loadFast?.().catch(() => undefined);

  return async (request) => {
    if (request.type !== 'compile') return;
    if (!esbuildUp && fast) {
      // Whichever is first: the fast compiler, or esbuild having become ready meanwhile.
      const fastCompile = await Promise.race([fast, ready.then(() => undefined)]);
      const result = esbuildUp ? undefined : fastCompile?.(request.source, request.cellId);
      if (result) return post({ type: 'compiled', id: request.id, result });
    }
    const esbuild = await ready;
    if (!esbuild) {
      post({ type: 'compile-failed', id: request.id, message: 'the compiler failed to start' });
      return;
    }
    try {
      const result = await compileCell(esbuild, request.source, request.cellId);
      post({ type: 'compiled', id: request.id, result });
    } catch (err) {
      post({ type: 'compile-failed', id: request.id, message: errorMessage(err) });
    }
  };
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
