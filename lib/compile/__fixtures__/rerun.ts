// @ts-nocheck
// Notebook cells, not a module: see fixtures.test.ts. `export {}` keeps tsc from treating
// these names as project-wide globals; text before the first marker is not a cell.
export {};
// Re-running a cell (same id) redefines its declarations instead of failing with
// "Identifier 'x' has already been declared".
// ---- cell a
const x = 1;
let y = x + 1;
class K {}
function f() { return 'f1'; }
x
// ---- cell a
const x = 1;
let y = x + 1;
class K {}
function f() { return 'f1'; }
x
// ---- cell a
const x = 2;
let y = x + 1;
class K { v = 2 }
function f() { return 'f2'; }
[x, y, new K().v, f()]
// ---- cell b
[x, y, f()]
// ---- cell
// `var x;` without initialiser keeps the value, `let` without one resets it.
var x;
let y;
[x, y === undefined]
