// @ts-nocheck
// Notebook cells, not a module: see fixtures.test.ts. `export {}` keeps tsc from treating
// these names as project-wide globals; text before the first marker is not a cell.
export {};
// Destructuring declarations at top level define every bound name as a notebook global.
// ---- cell
const source = { a: 1, b: [undefined, 3, 4, 5], c: { d: { e: 'deep' } }, x: 9, y: 10 };
const { a, b: [c = 1, ...r], ...rest } = source;
[a, c, r, rest]
// ---- cell
const { c: { d: { e } } } = source;
const [first, , third = 'default', ...others] = ['one', 'two', undefined, 'four', 'five'];
e + ' ' + first + ' ' + third + ' ' + others.join('+')
// ---- cell
const key = 'x';
const { [key]: fromComputed, y: renamed = 0, z = a + c } = source;
({ fromComputed, renamed, z })
// ---- cell
// Defaults see names bound earlier in the same pattern; shorthand with default.
const { p = 2, q = p * 10 } = {} as { p?: number; q?: number };
let [m, n] = [1, 2], o = m + n;
[p, q, m, n, o]
// ---- cell
// Everything declared above is visible from a later cell.
[a, c, r.length, rest.x, e, first, third, fromComputed, renamed, z, p, q, o]
