// @ts-nocheck
// Notebook cells, not a module: see fixtures.test.ts. `export {}` keeps tsc from treating
// these names as project-wide globals; text before the first marker is not a cell.
export {};
// ---- cell
let count = 0;
function inc() { count++; }
const read = () => count;
// ---- cell
inc();
count
// ---- cell
// A later cell reassigns the global; the earlier cell's closures see it.
count = 10;
inc();
[count, read()]
// ---- cell
// Re-declaring in a later cell rebinds the same global.
let count = 100;
inc();
read()
// ---- cell
// An object mutated in one cell is the same object in the next.
const state = { items: [] as number[] };
const push = (n: number) => state.items.push(n);
push(1);
// ---- cell
push(2);
state.items
