/**
 * The compile service's first-run path: while esbuild is still starting, cells the fast
 * compiler takes are answered at once; the rest, and everything after esbuild is up, go to
 * esbuild (its node build here).
 */
import * as esbuild from 'esbuild-wasm';
import { describe, expect, test, vi } from 'vitest';
import { fastCompile } from './fast-compile';
import type { Esbuild } from './compile';
import type { CompilerResponse } from './protocol';
import { createCompileService } from './service';

/** A service whose esbuild start-up finishes only when the test says so. */
function slowStart() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const posted: CompilerResponse[] = [];
  const fast = vi.fn(fastCompile);
  const handle = createCompileService(
    async (): Promise<Esbuild> => (await gate, esbuild),
    (m) => posted.push(m),
    async () => fast,
  );
  return { handle, posted, fast, release };
}

const types = (posted: CompilerResponse[]) => posted.map((m) => (m.type === 'compiled' ? `compiled ${m.id}` : m.type));

describe('createCompileService with a first-run compiler', () => {
  test('answers a plain cell before esbuild is ready, with code that runs', async () => {
    const { handle, posted, release } = slowStart();
    await handle({ type: 'compile', id: 1, source: 'const n: number = 20;\nn + 22', cellId: 'c1' });
    expect(types(posted)).toEqual(['compiled 1']);
    const answer = posted[0];
    if (answer.type !== 'compiled' || !answer.result.ok) throw new Error('expected a compiled cell');
    expect(answer.result.declared).toEqual(['n']);
    expect(await (0, eval)(answer.result.code)()).toBe(42);
    release();
  });

  test('leaves enums and syntax errors to esbuild, which answers once it is up', async () => {
    const { handle, posted, release } = slowStart();
    const enumCell = handle({ type: 'compile', id: 1, source: 'enum Color { Red }\nColor.Red', cellId: 'c1' });
    const broken = handle({ type: 'compile', id: 2, source: 'const x = ;', cellId: 'c2' });
    await new Promise((r) => setTimeout(r, 50));
    expect(posted).toEqual([]);
    release();
    await Promise.all([enumCell, broken]);
    // esbuild answers both after announcing readiness, in whichever order its transforms end.
    expect(types(posted)[0]).toBe('ready');
    expect(types(posted).slice(1).sort()).toEqual(['compiled 1', 'compiled 2']);
    const error = posted.find((m) => m.type === 'compiled' && m.id === 2)!;
    if (error.type !== 'compiled' || error.result.ok) throw new Error('expected a compile error');
    // esbuild's own wording and location, as the editor always shows them.
    expect(error.result.errors[0]).toMatchObject({ line: 1, column: 11, message: 'Unexpected ";"' });
  });

  test('uses only esbuild once it is ready', async () => {
    const { handle, posted, fast, release } = slowStart();
    release();
    await vi.waitFor(() => expect(types(posted)).toEqual(['ready']));
    await handle({ type: 'compile', id: 3, source: '1 + 1', cellId: 'c3' });
    expect(types(posted)).toEqual(['ready', 'compiled 3']);
    expect(fast).not.toHaveBeenCalled();
  });
});
