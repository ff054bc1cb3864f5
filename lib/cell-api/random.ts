/**
 * Seeded randomness for the toolkit: every generator, simulated source, fault and jitter draws
 * from a `Random` built from a seed, never from `Math.random`, so the same seed gives the same
 * data, events and schedules on every machine (and exercise checks are reproducible).
 *
 * The generator is mulberry32, the one lesson 01 writes by hand: `datasets.random(2024).next()`
 * yields exactly the numbers of the lesson's `mulberry32(2024)()`.
 */
import { ToolkitError } from './time';

/** A seeded pseudo-random source with the helpers lessons need. */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    if (!Number.isFinite(seed)) throw new ToolkitError(`seed must be a number, got ${String(seed)}`);
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A number in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new ToolkitError('pick: the list is empty');
    return items[Math.floor(this.next() * items.length)];
  }

  /** A key of `weights`, chosen in proportion to its weight (`{ click: 8, payment: 2 }`). */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const keys = Object.keys(weights) as K[];
    const total = keys.reduce((sum, k) => sum + weights[k], 0);
    if (!(total > 0)) throw new ToolkitError('weighted: the weights must add up to more than 0');
    let x = this.next() * total;
    for (const k of keys) {
      x -= weights[k];
      if (x < 0) return k;
    }
    return keys[keys.length - 1];
  }

  /** Exponentially distributed with this mean: waiting times between random arrivals. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** Normally distributed (Box–Muller). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** An independent generator derived from this one (for a sub-stream that must not shift others). */
  fork(salt: number): Random {
    return new Random((Math.imul(this.seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(salt, 0xc2b2ae35)) >>> 0);
  }
}

/** A generator for `seed` (default 1). */
export function random(seed = 1): Random {
  return new Random(seed);
}
