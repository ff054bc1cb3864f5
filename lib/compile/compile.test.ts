/**
 * compileCell with the real esbuild-wasm (node build): result shape, diagnostics in cell
 * coordinates, and failures that are not the cell's fault.
 */
import { describe, expect, test } from 'vitest';
import { compileCell, toDiagnostic, utf16Column } from './compile';
import { compile } from './test-harness';

describe('compileCell', () => {
  test('returns notebook code, esbuild map, scope map and declared names', async () => {
    const result = await compile('interface P { x: number }\nconst p: P = { x: 1 };\np.x', 'intro-3');
    expect(result).toMatchObject({ ok: true, cellId: 'intro-3', declared: ['p'], hasValue: true, lineOffset: 0 });
    if (!result.ok) return;
    expect(JSON.parse(result.map).sources).toEqual(['intro-3.ts']);
    expect(JSON.parse(result.scopeMap!).sources).toEqual(['esbuild.js']);
    expect(result.code).toMatch(/^\(async \(\) => \{/);
    expect(result.code.endsWith('//# sourceURL=cell-intro-3.js')).toBe(true);
  });

  test('reports syntax errors with 1-based line/column and an exclusive end', async () => {
    const result = await compile('const a = 1;\nconst b = a +* 2;');
    expect(result).toEqual({
      ok: false,
      cellId: 'c1',
      errors: [{ line: 2, column: 14, endLine: 2, endColumn: 15, message: 'Unexpected "*"' }],
    });
  });

  test('counts columns in UTF-16 units, as the editor does', async () => {
    const result = await compile('const s = "😀é"; let = = 1');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ line: 1, column: 24 });
  });

  test('reports an unused import too (TypeScript would elide it)', async () => {
    const result = await compile('type T = 1;\n\n  import { unused } from "x";\n');
    expect(result).toMatchObject({ ok: false, errors: [{ line: 3, column: 3 }] });
    if (!result.ok) expect(result.errors[0].message).toMatch(/^cells cannot import modules/);
  });

  test('a type-only import is erased and allowed', async () => {
    expect((await compile('import type { X } from "x";\nconst a = 1;')).ok).toBe(true);
  });

  test('throws when esbuild itself fails, instead of blaming the cell', async () => {
    const broken = { transform: () => Promise.reject(new Error('The service is no longer running')) };
    await expect(compileCell(broken, '1', 'c1')).rejects.toThrow('no longer running');
  });

  test('an empty cell compiles to a function with no value', async () => {
    expect(await compile('// nothing yet\n')).toMatchObject({ ok: true, declared: [], hasValue: false });
  });
});

describe('diagnostic conversion', () => {
  test('utf16Column converts esbuild byte offsets', () => {
    expect(utf16Column('abc', 2)).toBe(2);
    expect(utf16Column('é=', 2)).toBe(1);
    expect(utf16Column('😀=', 4)).toBe(2);
    expect(utf16Column('ab', 5)).toBe(5);
  });

  test('a message without location points at the start; the first note is summarised', async () => {
    const result = await compile('const ok = 1;\nlet ok = 2;');
    expect(result.ok ? undefined : result.errors[0].message).toBe('The symbol "ok" has already been declared (see line 1)');
    expect(toDiagnostic({ id: '', pluginName: '', text: 'oops', location: null, notes: [], detail: undefined })).toEqual({
      line: 1,
      column: 1,
      message: 'oops',
    });
    const note = { text: 'declared here', location: null };
    expect(toDiagnostic({ id: '', pluginName: '', text: 'dup', location: null, notes: [note], detail: undefined }).message).toBe(
      'dup (declared here)',
    );
  });
});

/** A realistic 50-line cell: types, a class, destructuring, async work, a last expression. */
function fiftyLineCell(): string {
  const lines = [
    'interface Order { id: number; customer: string; amount: number; status: "new" | "paid" }',
    'type Totals = Record<string, number>;',
    'enum Stage { Raw, Clean, Gold }',
    'class Pipeline<T> {',
    '  private steps: Array<(rows: T[]) => T[]> = [];',
    '  add(step: (rows: T[]) => T[]): this { this.steps.push(step); return this; }',
    '  run(rows: T[]): T[] { return this.steps.reduce((acc, step) => step(acc), rows); }',
    '}',
  ];
  for (let i = 0; i < 38; i++) {
    lines.push(`const { amount: a${i} = ${i}, ...rest${i} } = { id: ${i}, customer: "c${i}", amount: ${i * 3}, status: "new" } as Order;`);
  }
  lines.push('const pipeline = new Pipeline<Order>().add((rows) => rows.filter((r) => r.status === "paid"));');
  lines.push('const totals: Totals = {};');
  lines.push('for (const o of pipeline.run([])) totals[o.customer] = (totals[o.customer] ?? 0) + o.amount;');
  lines.push('await Promise.resolve(Stage.Gold);');
  return lines.join('\n');
}

describe('a realistic 50-line cell', () => {
  // Its compile time is a figure of `npm run bench` (in the browser), not an assertion here.
  test('compiles with classes, enums, destructuring and top-level await, declaring every name', async () => {
    const source = fiftyLineCell();
    expect(source.split('\n')).toHaveLength(50);
    const result = await compile(source, 'fifty');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.declared).toEqual(expect.arrayContaining(['Stage', 'Pipeline', 'a0', 'rest37', 'pipeline', 'totals']));
  });
});
