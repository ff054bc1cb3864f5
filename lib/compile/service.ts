/**
 * The compile worker's logic, separated from the worker globals so node tests can drive it
 * with the node build of esbuild-wasm: initialise once, announce readiness, answer requests.
 * (Cells compiled before esbuild is ready are handled on the page: see client.ts.)
 */
import { compileCell, type Esbuild } from './compile';
import type { CompilerRequest, CompilerResponse } from './protocol';

/** A tiny TypeScript cell: the first transform after `initialize` is slow, so pay it up front. */
export const WARM_UP_SOURCE = 'const warm: number = 1;\nwarm';

/**
 * Starts initialising esbuild right away and returns the message handler. Requests that arrive
 * before initialisation finishes wait for it; after a failed initialisation every request is
 * answered with `compile-failed` (the page has already been told by `init-error`).
 */
export function createCompileService(
  init: () => Promise<Esbuild>,
  post: (message: CompilerResponse) => void,
): (request: CompilerRequest) => Promise<void> {
  const ready = init().then(
    async (esbuild) => {
      // Warm up before announcing readiness so the student's first Run is fast.
      await compileCell(esbuild, WARM_UP_SOURCE, 'warm-up');
      post({ type: 'ready' });
      return esbuild;
    },
    (err: unknown) => {
      post({ type: 'init-error', message: errorMessage(err) });
      return undefined;
    },
  );

  return async (request) => {
    if (request.type !== 'compile') return;
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
