// @ts-nocheck
// Notebook cells, not a module: see fixtures.test.ts. `export {}` keeps tsc from treating
// these names as project-wide globals; text before the first marker is not a cell.
export {};
// ---- cell
({ a: 1 })
// ---- cell
// No trailing semicolon and a multi-line expression.
[1, 2, 3]
  .map((n) => n * 2)
  .filter((n) => n > 2)
// ---- cell
const declaredLast = 1;
// ---- cell
if (declaredLast) { 'not a value'; }
// ---- cell
for (const n of [1]) n;
// ---- cell
let s = 'x';
s += 'y', s += 'z'
// ---- cell
'just a string'
// ---- cell
// A trailing type-only statement vanishes in esbuild's output; the expression before it is last.
declaredLast + 1;
type Unused = string;
// ---- cell
// Comments after the last expression do not matter.
declaredLast * 7 // seven
/* done */
// ---- cell
// An empty cell (only comments) runs and has no value.
// ---- cell
// An expression whose value is undefined still counts as the value. (A bare `undefined` or
// `NaN` literal would not: esbuild drops such side-effect-free statements.)
const nothing = undefined;
nothing
