// @ts-nocheck
// Notebook cells, not a module: see fixtures.test.ts. `export {}` keeps tsc from treating
// these names as project-wide globals; text before the first marker is not a cell.
export {};
// ---- cell
interface Row { id: number; name: string; tags?: string[] }
type Id = Row['id'];
enum Color { Red, Green = 'green', Blue = 4 }
const enum Flag { On = 1 }
const rows: Row[] = [{ id: 1, name: 'a' }, { id: 2, name: 'b' }];
function pluck<T, K extends keyof T>(items: T[], key: K): T[K][] { return items.map((i) => i[key]); }
const names = pluck(rows, 'name');
const first = rows[0] as Row;
const config = { retries: 3 } satisfies { retries: number };
const ids = rows.map((r) => r.id as Id)!;
[names, first.name, config.retries, ids, Color.Red, Color.Green, Color[4], Flag.On]
// ---- cell
// The enum and generic function are globals too; enums merge on re-declaration.
enum Color { Purple = 10 }
[Color.Red, Color.Purple, pluck([{ k: 'v' }], 'k')]
// ---- cell
namespace Units {
  export const km = 1000;
  export function toMeters(n: number) { return n * km; }
}
abstract class Shape { abstract area(): number; describe(): string { return `area ${this.area()}`; } }
class Square extends Shape { constructor(private readonly side: number) { super(); } area() { return this.side ** 2; } }
let maybe: string | undefined;
const len = maybe?.length ?? -1;
const tuple: readonly [number, string] = [1, 'x'] as const;
declare const injected: number;
[Units.toMeters(2), new Square(3).describe(), len, tuple]
// ---- cell
Units.km + <number>(<unknown>1)
// ---- cell
// Decorators are lowered with esbuild helpers (`__`-prefixed vars); those stay local to the
// cell, only the decorator and the class become notebook globals.
function loud(method: any, context: ClassMethodDecoratorContext) {
  return function (this: any, ...args: any[]) { return String(method.apply(this, args)).toUpperCase(); };
}
class A { @loud hi() { return 'hi'; } }
[new A().hi(), Object.keys(globalThis).filter((k) => k.startsWith('__'))]
