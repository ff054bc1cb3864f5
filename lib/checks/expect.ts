/**
 * Free-form assertions for checks: `expect(value).toBe(3)`, `expect(rows).toHaveLength(5)`,
 * `expect(total).toBeCloseTo(1701500, 0.5)`, `expect(x).not.toBeNull()`. A failure throws
 * `CheckFailed`, which carries what was expected and what was found.
 */
import { runnerText } from '@/lib/i18n/runner';
import type { CheckFailure } from './types';
import { closeTo, describe, normalize, sameValue } from './values';

/** Thrown by a failing assertion; the harness turns it into the check's failure. */
export class CheckFailed extends Error {
  constructor(readonly failure: CheckFailure) {
    super(failure.message);
    this.name = 'CheckFailed';
  }
}

/** Throws `CheckFailed` with the author's note in front of the message, when given. */
export function fail(failure: CheckFailure, note?: string): never {
  throw new CheckFailed(note ? { ...failure, message: `${note}: ${failure.message}` } : failure);
}

// Looked up per assertion, not at load: the student may switch the interface language between runs.
const v = () => runnerText().checks.value;

/** The assertions on one value; `not` negates the next one. */
export class Expectation {
  constructor(
    private readonly actual: unknown,
    private readonly note?: string,
    private readonly negated = false,
  ) {}

  /** The same assertions, each required to fail. */
  get not(): Expectation {
    return new Expectation(this.actual, this.note, !this.negated);
  }

  private assert(ok: boolean, message: string, expected?: unknown, showExpected = true, actual = describe(this.actual)): void {
    if (ok !== this.negated) return;
    fail(
      {
        message: this.negated ? v().negated(message) : message,
        ...(showExpected && { expected: `${this.negated ? 'not ' : ''}${describe(expected)}` }),
        actual,
      },
      this.note,
    );
  }

  /** Strictly the same value (`Object.is`), except that a bigint equals the same number. */
  toBe(expected: unknown): void {
    const same = Object.is(this.actual, expected) || (typeof this.actual === 'bigint' || typeof expected === 'bigint' ? normalize(this.actual) === normalize(expected) : false);
    this.assert(same, v().toBe, expected);
  }

  /** Deep equality: arrays and plain objects by content, dates by instant, numbers exactly. */
  toEqual(expected: unknown): void {
    this.assert(sameValue(this.actual, expected, 0), v().toEqual, expected);
  }

  /** A number within `tolerance` of `expected` (default 1e-6). */
  toBeCloseTo(expected: number, tolerance = 1e-6): void {
    const actual = normalize(this.actual);
    this.assert(typeof actual === 'number' && closeTo(actual, expected, tolerance), v().toBeCloseTo(tolerance), expected);
  }

  toBeTruthy(): void {
    this.assert(Boolean(this.actual), v().toBeTruthy, undefined, false);
  }

  toBeFalsy(): void {
    this.assert(!this.actual, v().toBeFalsy, undefined, false);
  }

  toBeDefined(): void {
    this.assert(this.actual !== undefined, v().toBeDefined, undefined, false);
  }

  toBeNull(): void {
    this.assert(this.actual === null, v().toBeNull, null);
  }

  toBeGreaterThan(n: number): void {
    this.compare('>', n, (a) => a > n);
  }

  toBeGreaterThanOrEqual(n: number): void {
    this.compare('>=', n, (a) => a >= n);
  }

  toBeLessThan(n: number): void {
    this.compare('<', n, (a) => a < n);
  }

  toBeLessThanOrEqual(n: number): void {
    this.compare('<=', n, (a) => a <= n);
  }

  /** An array holding an element equal to `item`, or a string holding `item` as a substring. */
  toContain(item: unknown): void {
    const a = this.actual;
    const ok = typeof a === 'string' ? typeof item === 'string' && a.includes(item) : Array.isArray(a) && a.some((x) => sameValue(x, item, 0));
    this.assert(ok, v().toContain, item);
  }

  /** An array or string of this length. */
  toHaveLength(n: number): void {
    const length = (this.actual as { length?: unknown } | null)?.length;
    this.assert(length === n, v().toHaveLength, n, true, typeof length === 'number' ? String(length) : describe(this.actual));
  }

  /** A string matching a regular expression (or containing a string). */
  toMatch(pattern: RegExp | string): void {
    const a = this.actual;
    const ok = typeof a === 'string' && (typeof pattern === 'string' ? a.includes(pattern) : pattern.test(a));
    this.assert(ok, v().toMatch, pattern);
  }

  private compare(op: string, n: number, test: (a: number) => boolean): void {
    const a = normalize(this.actual);
    this.assert(typeof a === 'number' && test(a), v().compare(`${op} ${n}`), undefined, false);
  }
}

/** `expect(value, note?)`: the note names what is checked in the failure message. */
export function expect(actual: unknown, note?: string): Expectation {
  return new Expectation(actual, note);
}
