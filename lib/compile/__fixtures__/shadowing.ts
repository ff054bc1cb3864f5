// @ts-nocheck
// Notebook cells, not a module: see fixtures.test.ts. `export {}` keeps tsc from treating
// these names as project-wide globals; text before the first marker is not a cell.
export {};
// ---- cell
const x = 'outer';
let hits = 0;
{
  const x = 'block';
  hits++;
}
for (let x = 0; x < 2; x++) hits++;
function shadow(x: string) { const hits = 100; return x + hits; }
if (true) { let x = 'if'; hits += x.length; }
[x, hits, shadow('arg')]
// ---- cell
// Block-level and loop declarations stayed local: only the top-level ones are globals.
[x, hits, typeof i, typeof inner]
// ---- cell
for (var i = 0; i < 3; i++) {}
{ let inner = 1; }
try { throw new Error('e'); } catch (x) { hits = (x as Error).message.length; }
[x, hits]
// ---- cell
const fromClosure = (() => { const x = 'closure'; return x; })();
// `var` inside a top-level loop is local to the cell, like every nested declaration.
[x, fromClosure, typeof i, typeof inner]
