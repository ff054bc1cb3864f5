/**
 * Test support (used by the *.test.ts files only): compiles cells with the real esbuild-wasm in
 * node and evaluates them the way the runner worker does, with indirect eval, in a fresh
 * `node:vm` context so notebook globals never leak between tests.
 */
import * as esbuild from 'esbuild-wasm';
import vm from 'node:vm';
import { compileCell } from './compile';
import { fastCompile } from './fast-compile';
import { cellStack, locateRuntimeError } from './sourcemap';
import type { CompileResult, CompiledCell } from './types';

/** What running one cell produced. */
export interface CellRun {
  compiled: CompileResult;
  value?: unknown;
  error?: { message: string; stack: string; at?: { line: number; column: number }; cellStack: string };
}

/** A notebook session: one global scope, cells run in order. */
export interface Notebook {
  context: vm.Context;
  run(source: string, cellId: string): Promise<CellRun>;
}

/** Compiles a cell with the node build of esbuild-wasm (no `initialize` needed in node). */
export function compile(source: string, cellId = 'c1'): Promise<CompileResult> {
  return compileCell(esbuild, source, cellId);
}

/** How a session compiles: esbuild always, or the first-run path (sucrase when it takes the cell). */
export type CompileMode = 'esbuild' | 'fast-first';

/** Compiles like a page before esbuild is ready; `fast` says which compiler took the cell. */
export async function compileFastFirst(source: string, cellId = 'c1'): Promise<CompileResult & { fast: boolean }> {
  const fast = fastCompile(source, cellId);
  return fast ? { ...fast, fast: true } : { ...(await compile(source, cellId)), fast: false };
}

/** Creates a session whose global object is a new vm context (`globalThis` inside it). */
export function createNotebook(globals: Record<string, unknown> = {}, mode: CompileMode = 'esbuild'): Notebook {
  const context = vm.createContext({ setTimeout, console, ...globals });
  const indirectEval = vm.runInContext('(0, eval)', context) as (code: string) => () => Promise<unknown>;
  return {
    context,
    async run(source, cellId) {
      const compiled = mode === 'esbuild' ? await compile(source, cellId) : await compileFastFirst(source, cellId);
      if (!compiled.ok) return { compiled };
      try {
        const fn = indirectEval(compiled.code);
        return { compiled, value: await fn() };
      } catch (err) {
        return { compiled, error: describe(err, compiled) };
      }
    },
  };
}

function describe(err: unknown, compiled: CompiledCell): CellRun['error'] {
  const e = err as { message?: string; stack?: string };
  const stack = e.stack ?? String(err);
  return {
    message: e.message ?? String(err),
    stack,
    at: locateRuntimeError(stack, compiled),
    cellStack: cellStack(stack, compiled),
  };
}

/** A cell of a fixture file: its id (`c<n>` unless the marker names one) and source. */
export interface FixtureCell {
  id: string;
  source: string;
}

/**
 * Splits a fixture into cells at lines `// ---- cell` or `// ---- cell <id>` (re-using an id
 * re-runs "the same cell"). Text before the first marker is ignored (a place for comments).
 */
export function splitFixture(text: string): FixtureCell[] {
  const parts = text.split(/^\/\/ ---- cell(?:[ \t]+(\S+))?[ \t]*\r?\n/m);
  const cells: FixtureCell[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    cells.push({ id: parts[i] ?? `c${cells.length + 1}`, source: parts[i + 1] ?? '' });
  }
  return cells;
}

/**
 * Copies a value out of the vm realm into plain test-realm data (so `toEqual` compares
 * contents, not realms). Functions become `{ function: name }`.
 */
export function plain(value: unknown): unknown {
  if (typeof value === 'function') return { function: value.name };
  try {
    return structuredClone(value);
  } catch {
    return String(value);
  }
}
