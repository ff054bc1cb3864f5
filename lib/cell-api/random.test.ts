import { describe, expect, it } from 'vitest';
import { random } from './random';

/** Lesson 01's hand-written generator, verbatim: `datasets.random(seed)` must reproduce it. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('Random', () => {
  it("is lesson 01's mulberry32: the same seed gives the same numbers", () => {
    const lesson = mulberry32(2024);
    const r = random(2024);
    for (let i = 0; i < 1000; i++) expect(r.next()).toBe(lesson());
  });

  it('is deterministic per seed and different across seeds', () => {
    const a = Array.from({ length: 5 }, ((r) => () => r.int(1, 6))(random(7)));
    const b = Array.from({ length: 5 }, ((r) => () => r.int(1, 6))(random(7)));
    const c = Array.from({ length: 5 }, ((r) => () => r.int(1, 6))(random(8)));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('keeps helpers in range and in proportion', () => {
    const r = random(1);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) {
      const x = r.int(3, 5);
      expect(x >= 3 && x <= 5 && Number.isInteger(x)).toBe(true);
      counts[r.weighted({ a: 9, b: 1 })]++;
    }
    expect(counts.a / 10_000).toBeCloseTo(0.9, 1);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += r.exponential(2);
    expect(sum / 20_000).toBeCloseTo(2, 0);
    expect(r.shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
    expect(() => r.pick([])).toThrow(/empty/);
  });

  it('forks independent, reproducible sub-streams', () => {
    expect(random(5).fork(1).next()).toBe(random(5).fork(1).next());
    expect(random(5).fork(1).next()).not.toBe(random(5).fork(2).next());
  });
});
