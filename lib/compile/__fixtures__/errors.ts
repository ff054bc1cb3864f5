// @ts-nocheck
// Notebook cells, not a module: see fixtures.test.ts. `export {}` keeps tsc from treating
// these names as project-wide globals; text before the first marker is not a cell.
export {};
// Compile errors are reported in cell coordinates and nothing runs; runtime errors are
// located at the cell's own line even when type-only lines shift esbuild's output.
// ---- cell
const before = 1;
import { readFile } from 'node:fs';
// ---- cell
type Unused = number;
export const shared = 2;
// ---- cell
// Nothing from a failed cell ran.
typeof before
// ---- cell
// Syntax errors esbuild reports (the fixture keeps to ones tsc's parser tolerates, so the
// project type-check stays clean; compile.test.ts covers malformed expressions).
const ok = 1;
let ok = 2;
// ---- cell
const é = "ü ü ü"; const bad;
// ---- cell
interface A {
  x: number;
}
type B = A & {
  y: string;
};
const value: B = { x: 1, y: 'y' };
const missing = (value as any).nope.deeper;
// ---- cell
type T = { n: number };
function failing(t: T): number {
  // a comment line
  return (t as any).n.toFixed(2) + undefinedName;
}
interface Unused2 { a: string }
failing({ n: 1 })
