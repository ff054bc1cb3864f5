/**
 * Stack parsing and runtime-error mapping, with real V8 stacks produced by evaluating compiled
 * cells in a vm context (node and Chromium share V8's stack format).
 */
import vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import { cellStack, codeToSource, locateRuntimeError } from './sourcemap';
import { displayName, isCellFrame, parseFrame } from './stack';
import { compile, createNotebook } from './test-harness';
import type { CompiledCell } from './types';

async function compiled(source: string, cellId = 'c1'): Promise<CompiledCell> {
  const result = await compile(source, cellId);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('parseFrame', () => {
  test.each([
    ['    at f (cell-c1.js:3:5)', { name: 'f', file: 'cell-c1.js', line: 3, column: 5 }],
    ['    at cell-c1.js:3:5', { name: undefined, file: 'cell-c1.js', line: 3, column: 5 }],
    ['    at new A (cell-c1.js:2:27)', { name: 'new A', file: 'cell-c1.js', line: 2, column: 27 }],
    ['    at async globalThis.g (cell-c1.js:9:1)', { name: 'async globalThis.g', file: 'cell-c1.js', line: 9, column: 1 }],
    [
      '    at f (eval at run (https://x.test/w.js:12:35), <anonymous>:1:36)',
      { name: 'f', file: 'eval at run (https://x.test/w.js:12:35), <anonymous>', line: 1, column: 36 },
    ],
    ['f@cell-c1.js:4:2', { name: 'f', file: 'cell-c1.js', line: 4, column: 2 }],
    ['@https://x.test/cell-c1.js:4:2', { name: undefined, file: 'https://x.test/cell-c1.js', line: 4, column: 2 }],
  ])('%s', (text, frame) => {
    expect(parseFrame(text)).toEqual(frame);
  });

  test('ignores frames without a position and message lines', () => {
    expect(parseFrame('    at Array.map (<anonymous>)')).toBeUndefined();
    expect(parseFrame('    at async Promise.all (index 0)')).toBeUndefined();
    expect(parseFrame('Error: boom')).toBeUndefined();
  });

  test('recognises the cell by its sourceURL or as anonymous eval code', () => {
    const frame = (file: string) => ({ file, line: 1, column: 1 });
    expect(isCellFrame(frame('cell-c1.js'), 'c1')).toBe(true);
    expect(isCellFrame(frame('https://x.test/cell-c1.js'), 'c1')).toBe(true);
    expect(isCellFrame(frame('cell-c2.js'), 'c1')).toBe(false);
    expect(isCellFrame(frame('cell-c10.js'), 'c1')).toBe(false);
    expect(isCellFrame(frame('eval at run (https://x.test/w.js:1:2), <anonymous>'), 'c1')).toBe(true);
    expect(isCellFrame(frame('https://x.test/runner.js'), 'c1')).toBe(false);
  });

  test('display names drop globalThis., async and the anonymous cell body', () => {
    expect(displayName('async globalThis.load')).toBe('load');
    expect(displayName('eval')).toBeUndefined();
    expect(displayName('new Point')).toBe('new Point');
  });
});

describe('locateRuntimeError and cellStack with real stacks', () => {
  test('maps through type-only lines and column shifts of the rewrite', async () => {
    const notebook = createNotebook();
    const run = await notebook.run(
      ['interface A { x: number }', 'type B = A;', '', 'const { x } = { x: 1 } as A;', 'const y: number = x + (null as any).boom;'].join('\n'),
      'c1',
    );
    // V8 points at the property it failed to read: `boom`.
    expect(run.error?.at).toEqual({ line: 5, column: 37 });
  });

  test('maps columns after non-ASCII text (esbuild escapes it in its output)', async () => {
    const run = await createNotebook().run('const s = "ééé😀"; const t = (s as any).x.y;', 'c1');
    // UTF-16 columns: `😀` counts 2; V8 points at `y`.
    expect(run.error?.at).toEqual({ line: 1, column: 43 });
  });

  test('keeps only the cell frames, in cell coordinates', async () => {
    const notebook = createNotebook();
    await notebook.run('function helper(): never {\n  throw new Error("from c1");\n}', 'c1');
    const run = await notebook.run(
      'type T = number;\nclass Box {\n  open() { helper(); }\n}\nconst boxes = [new Box()];\nboxes.map((b) => b.open());',
      'c2',
    );
    expect(run.error?.at).toEqual({ line: 3, column: 12 });
    expect(run.error?.cellStack).toBe(
      ['    at Box.open (line 3:12)', '    at line 6:20', '    at line 6:7'].join('\n'),
    );
  });

  test('handles V8 eval frames without a sourceURL', async () => {
    const cell = await compiled('type T = 1;\nconst f = () => { throw new Error("x"); };\nf();');
    const context = vm.createContext({});
    const code = cell.code.replace(/\/\/# sourceURL=.*$/, '');
    const stack = await (vm.runInContext('(0, eval)', context)(code)() as Promise<unknown>).then(
      () => '',
      (e: Error) => e.stack!,
    );
    expect(stack).toContain('<anonymous>:');
    expect(locateRuntimeError(stack, cell)).toEqual({ line: 2, column: 25 });
    expect(cellStack(stack, cell).split('\n')).toEqual(['    at f (line 2:25)', '    at line 3:1']);
  });

  test('returns undefined and an empty stack when no frame belongs to the cell', async () => {
    const cell = await compiled('1');
    const stack = 'TypeError: nope\n    at run (https://x.test/runner.js:10:3)\n    at cell-c2.js:1:1';
    expect(locateRuntimeError(stack, cell)).toBeUndefined();
    expect(cellStack(stack, cell)).toBe('');
  });

  test('falls back to line-preserving mapping when the scope map is missing', async () => {
    const cell = await compiled('type A = 1;\nconst a = 1;\nlet b = 2;');
    const { scopeMap: _dropped, ...withoutScopeMap } = cell;
    expect(codeToSource(withoutScopeMap, 2, 1)?.line).toBe(3);
    // The inserted `globalThis.` maps to the name it qualifies.
    expect(codeToSource(cell, 2, 1)).toEqual({ line: 3, column: 5 });
  });
});
