// @ts-nocheck
// Notebook cells, not a module: see fixtures.test.ts. `export {}` keeps tsc from treating
// these names as project-wide globals; text before the first marker is not a cell.
export {};
// ---- cell
class Point {
  constructor(public x: number, public y: number) {}
  static origin = new Point(0, 0);
  norm(): number { return Math.hypot(this.x, this.y); }
}
class Point3 extends Point {
  #z: number;
  constructor(x: number, y: number, z: number) { super(x, y); this.#z = z; }
  get z() { return this.#z; }
}
[new Point(3, 4).norm(), new Point3(1, 2, 3).z, Point.name, Point3.name, Point.origin.x]
// ---- cell
// A later cell extends a class of an earlier one; instanceof works across cells.
class Named extends Point3 { label = 'n'; }
const p = new Named(1, 1, 7);
[p instanceof Point, p.z, p.label, typeof Point]
// ---- cell
// A class expression assigned to a const keeps its name.
const Anonymous = class { hi() { return 'hi'; } };
[Anonymous.name, new Anonymous().hi()]
// ---- cell
// Redefining a class on re-run works (no "already declared").
class Point { constructor(public x = 1) {} }
new Point().x
