/**
 * Fixture-driven notebook tests: each `__fixtures__/<name>.ts` is a sequence of cells run in
 * order through the real compiler (esbuild-wasm in node) and indirect eval in a fresh vm
 * context; `<name>.expected.json` lists, per cell, what it must produce.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createNotebook, plain, splitFixture, type CellRun, type CompileMode } from './test-harness';

/** One cell's expectation. Exactly one of value / noValue / undefinedValue / compileError / runtimeError. */
interface Expectation {
  value?: unknown;
  noValue?: true;
  undefinedValue?: true;
  declared?: string[];
  compileError?: { line: number; column: number; message: string };
  runtimeError?: { message: string; line: number; column?: number; stack?: string[] };
}

const dir = path.join(__dirname, '__fixtures__');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));

describe.each(names)('fixture %s', (name) => {
  const cells = splitFixture(readFileSync(path.join(dir, `${name}.ts`), 'utf8'));
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as {
    cells: Expectation[];
  };

  test('has one expectation per cell', () => {
    expect(expected.cells).toHaveLength(cells.length);
  });

  // The same expectations hold when the first-run compiler (sucrase) takes the cells it accepts.
  test.each<CompileMode>(['esbuild', 'fast-first'])('runs its cells in order with the expected results (%s)', async (mode) => {
    const notebook = createNotebook({}, mode);
    for (const [index, cell] of cells.entries()) {
      const run = await notebook.run(cell.source, cell.id);
      if (mode === 'fast-first' && 'fast' in run.compiled && run.compiled.fast) fastCells++;
      check(run, expected.cells[index], `${name} cell #${index + 1} (${cell.id}, ${mode})`);
    }
  });
});

let fastCells = 0;
afterAll(() => {
  // Guards the comparison above against a fast path that takes nothing (it would prove nothing).
  expect(fastCells).toBeGreaterThan(40);
});

function check(run: CellRun, want: Expectation, label: string): void {
  const { compiled } = run;
  if (want.compileError) {
    expect(compiled.ok, label).toBe(false);
    if (compiled.ok) return;
    const [error] = compiled.errors;
    expect({ line: error.line, column: error.column }, label).toEqual({
      line: want.compileError.line,
      column: want.compileError.column,
    });
    expect(error.message, label).toContain(want.compileError.message);
    return;
  }
  expect(compiled.ok ? undefined : compiled.errors, label).toBeUndefined();
  if (!compiled.ok) return;
  if (want.declared) expect(compiled.declared, label).toEqual(want.declared);
  if (want.runtimeError) {
    expect(run.error, label).toBeDefined();
    const { message, at, cellStack } = run.error!;
    expect(message, label).toContain(want.runtimeError.message);
    expect(at?.line, `${label}: ${run.error!.stack}`).toBe(want.runtimeError.line);
    if (want.runtimeError.column !== undefined) expect(at?.column, label).toBe(want.runtimeError.column);
    const frames = cellStack.split('\n').filter((l) => l.startsWith('    at ')).map((l) => l.trim());
    if (want.runtimeError.stack) expect(frames, label).toEqual(want.runtimeError.stack);
    return;
  }
  expect(run.error?.stack, label).toBeUndefined();
  if (want.noValue) {
    expect(compiled.hasValue, label).toBe(false);
    expect(run.value, label).toBeUndefined();
  } else if (want.undefinedValue) {
    expect(compiled.hasValue, label).toBe(true);
    expect(run.value, label).toBeUndefined();
  } else {
    expect(compiled.hasValue, label).toBe(true);
    expect(plain(run.value), label).toEqual(want.value);
  }
}
