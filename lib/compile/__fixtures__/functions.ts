// @ts-nocheck
// Notebook cells, not a module: see fixtures.test.ts. `export {}` keeps tsc from treating
// these names as project-wide globals; text before the first marker is not a cell.
export {};
// ---- cell
// Called before its declaration in the same cell: hoisting still works.
const early = double(21);
function double(n: number): number { return n * 2; }
async function later(): Promise<number> { return double(early); }
function* count(limit: number) { for (let i = 0; i < limit; i++) yield i; }
async function* ticks() { yield 'a'; yield 'b'; }
early
// ---- cell
// All of them are globals for later cells.
const collected: string[] = [];
for await (const t of ticks()) collected.push(t);
[await later(), [...count(3)], collected, double.name, later.name]
// ---- cell
// Arrow functions and anonymous function expressions keep their names.
const add = (a: number, b: number) => a + b;
const mul = function (a: number, b: number) { return a * b; };
const named = function inner() { return 1; };
[add(2, 3), mul(2, 3), add.name, mul.name, named.name]
// ---- cell
// A function is defined before any other code of its cell runs (even code that throws later).
typeof hoistedOnly
// ---- cell
function hoistedOnly() { return 'here'; }
throw new Error('after');
// ---- cell
hoistedOnly()
