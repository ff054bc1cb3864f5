/**
 * Unit tests of the pure scope transform on hand-written JS (what esbuild would emit, and some
 * things it would not, such as statements without semicolons).
 */
import vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import { EXPORT_MESSAGE, IMPORT_MESSAGE, toNotebookCode } from './scope';

function transform(js: string) {
  const result = toNotebookCode(js, 'c1');
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result;
}

/** Evaluates transformed cells in order in one fresh context; returns the last cell's value. */
async function run(...cells: string[]): Promise<unknown> {
  const context = vm.createContext({});
  const indirectEval = vm.runInContext('(0, eval)', context) as (code: string) => () => Promise<unknown>;
  let value: unknown;
  for (const js of cells) value = await indirectEval(transform(js).code)();
  return value;
}

/** The transformed code without the wrapper header and trailer, to compare rewrites. */
function body(js: string): string {
  const { code } = transform(js);
  return code.slice(code.indexOf('}globalThis') + 1 || code.indexOf('{') + 1).split('\n})\n')[0];
}

describe('toNotebookCode: declarations', () => {
  test('rewrites destructuring with shorthand, defaults, computed keys, holes and rest', () => {
    const js = 'const {a, b: [c = 1, , ...r], [k]: d, e = a, ...rest} = o;\n';
    expect(body(js)).toContain(
      ';({a: globalThis.a, b: [globalThis.c = 1, , ...globalThis.r], [k]: globalThis.d, e: globalThis.e = a, ...globalThis.rest} = o);',
    );
    expect(transform(js).declared).toEqual(['a', 'c', 'r', 'd', 'e', 'rest']);
  });

  test('keeps several declarators in order in one comma expression', async () => {
    const js = 'const log = [];\nlet a = log.push("a"), [b] = [log.push("b")], c;\n[log, a, b, c]';
    expect(body(js)).toContain('globalThis.a = log.push("a"), ([globalThis.b] = [log.push("b")]), globalThis.c = undefined;');
    expect(await run(js)).toEqual([['a', 'b'], 1, 2, undefined]);
  });

  test('publishes function declarations at the start of the body and keeps them declared', async () => {
    const js = 'const v = f();\nfunction f() { return 1; }\nasync function g() {}\nfunction* h() {}\n';
    const { code, declared } = transform(js);
    expect(code.split('\n')[0]).toMatch(/\}globalThis\.f = f;globalThis\.g = g;globalThis\.h = h;globalThis\.v = f\(\);$/);
    expect(code).toContain('function f() { return 1; }');
    expect(declared).toEqual(['v', 'f', 'g', 'h']);
    expect(await run(js, 'typeof g + typeof h + v')).toBe('functionfunction1');
  });

  test('turns a class declaration into an assignment that ends with a semicolon', async () => {
    expect(body('class A {}\n[1].map(x => x)\n')).toContain('globalThis.A = class A {};\nreturn ([1].map');
    expect(await run('class A {}\n[1].map(x => x)\nA.name')).toBe('A');
  });

  test('protects a leading destructuring from a previous statement without semicolon', async () => {
    expect(await run('const f = () => 1\nconst [a] = [2]\na + f()')).toBe(3);
  });

  test('keeps the names of anonymous functions and classes, including __proto__', async () => {
    expect(await run('const f = () => 1, g = function () {}, K = class {};\n[f.name, g.name, K.name]')).toEqual([
      'f',
      'g',
      'K',
    ]);
    expect(await run('const __proto__ = () => 1;\n__proto__.name')).toBe('__proto__');
  });

  test('keeps variables esbuild invented local when given the source', () => {
    const js = 'var __helper = () => 1;\nvar _init;\nconst user = __helper();\nvar _a, mixed;\n';
    const result = toNotebookCode(js, 'c1', 'const user = help();\nvar mixed; // _a_b __helper_x');
    expect(result.ok && result.declared).toEqual(['user', '_a', 'mixed']);
    expect(result.ok && result.code).toContain('var __helper = () => 1;\nvar _init;\nglobalThis.user');
  });

  test('leaves nested declarations alone', () => {
    const js = '{ const a = 1; }\nfunction f() { let b = 2; }\nfor (let i = 0; i < 1; i++) { var v = i; }\n';
    expect(body(js)).toContain('{ const a = 1; }\nfunction f() { let b = 2; }\nfor (let i = 0;');
    expect(transform(js).declared).toEqual(['f']);
  });

  test('var without initialiser keeps the current value; let resets it', async () => {
    expect(await run('var x = 1; let y = 2;', 'var x; let y;\n[x, y]')).toEqual([1, undefined]);
  });

  test('var hoisting: an initialiser may read the name it defines (esbuild enum output)', async () => {
    const js = 'var E = ((E2) => { E2[E2["A"] = 0] = "A"; return E2; })(E || {});\nE.A';
    expect(await run(js, js)).toBe(0);
  });

  test('declares names that the global object has as read-only accessors (worker `name`)', async () => {
    const context = vm.createContext({});
    vm.runInContext("Object.defineProperty(globalThis, 'name', { get() { return 'worker'; }, configurable: true })", context);
    const indirectEval = vm.runInContext('(0, eval)', context) as (code: string) => () => Promise<unknown>;
    expect(await indirectEval(transform("const name = 'orders';\nname").code)()).toBe('orders');
    expect(await indirectEval(transform('name').code)()).toBe('orders');
  });
});

describe('toNotebookCode: value, wrapper, problems', () => {
  test('returns the last expression statement, parenthesised objects included', async () => {
    expect(transform('({a: 1});\n').hasValue).toBe(true);
    expect(await run('({a: 1});\n')).toEqual({ a: 1 });
    expect(await run('1\n2')).toBe(2);
    expect(await run('await Promise.resolve(3)')).toBe(3);
  });

  test('has no value when the last statement is not an expression', () => {
    for (const js of ['const a = 1;', 'if (1) { 2; }', 'for (const x of []) x;', 'function f() {}', 'class A {}', '']) {
      expect(transform(js).hasValue, js).toBe(false);
    }
  });

  test('top-level this is the global object', async () => {
    expect(await run('this === globalThis')).toBe(true);
  });

  test('preserves lines: the header shares line 1, the trailer follows the last line', () => {
    const js = 'const a = 1;\nlet {b} = {b: 2};\nclass C {}\na + b;\n';
    const lines = transform(js).code.split('\n');
    expect(lines).toHaveLength(js.trimEnd().split('\n').length + 2);
    expect(lines[0]).toMatch(/^\(async \(\) => \{.*globalThis\.a = 1;$/);
    expect(lines.slice(1, 4)).toEqual([';({b: globalThis.b} = {b: 2});', 'globalThis.C = class C {};', 'return (a + b);']);
    expect(lines.slice(-2)).toEqual(['})', '//# sourceURL=cell-c1.js']);
  });

  test('reports import and export statements at their JS position', () => {
    const result = toNotebookCode('const a = 1;\nimport x from "y";\nexport const b = 2;\n', 'c1');
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 2, column: 0, keyword: 'import', message: IMPORT_MESSAGE },
        { line: 3, column: 0, keyword: 'export', message: EXPORT_MESSAGE },
      ],
    });
  });

  test('allows dynamic import() expressions', () => {
    expect(toNotebookCode('const m = import("./x.js");', 'c1').ok).toBe(true);
  });

  test('reports JS that does not parse with its position', () => {
    expect(toNotebookCode('let a = 1;\nlet b = ;', 'c1')).toEqual({
      ok: false,
      problems: [{ line: 2, column: 8, message: 'Unexpected token' }],
    });
  });

  test('sanitises the cell id in the sourceURL', () => {
    expect(transform('1').code.endsWith('//# sourceURL=cell-c1.js')).toBe(true);
    expect(toNotebookCode('1', 'lesson 1/cell#2').ok && toNotebookCode('1', 'lesson 1/cell#2')).toMatchObject({
      code: expect.stringMatching(/sourceURL=cell-lesson_1_cell_2\.js$/),
    });
  });
});
