// @ts-nocheck
// Notebook cells, not a module: see fixtures.test.ts. `export {}` keeps tsc from treating
// these names as project-wide globals; text before the first marker is not a cell.
export {};
// ---- cell
const delay = (ms: number, v: number) => new Promise<number>((resolve) => setTimeout(() => resolve(v), ms));
const one = await delay(5, 1);
const [two, three] = await Promise.all([delay(3, 2), delay(1, 3)]);
[one, two, three]
// ---- cell
// A bare await expression is the value.
await Promise.all([delay(1, 4), delay(1, 5)])
// ---- cell
await delay(1, 6);
// ---- cell
async function* numbers() { for (let i = 1; i <= 3; i++) { await delay(1, i); yield i; } }
let sum = 0;
for await (const n of numbers()) sum += n;
for await (const v of [delay(1, 10), Promise.resolve(20)]) sum += v;
sum
// ---- cell
// Top-level await inside an expression and inside a destructuring default.
const { total = await delay(1, 99) } = {} as { total?: number };
(await delay(1, 1)) + total
// ---- cell
// A rejected await is a runtime error located at its line.
const ok = 1;
await Promise.reject(new Error('rejected'));
