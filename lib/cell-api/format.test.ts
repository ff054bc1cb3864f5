import { describe, expect, it } from 'vitest';
import { formatArgs, formatValue, inspect } from './format';

describe('formatValue', () => {
  it('shows top-level strings raw and quotes nested ones', () => {
    expect(formatValue('hi "there"')).toBe('hi "there"');
    expect(formatValue(['a', 'b'])).toBe('["a", "b"]');
    expect(formatValue({ s: 'x' })).toBe('{ s: "x" }');
  });

  it('formats primitives like a console', () => {
    expect(formatValue(undefined)).toBe('undefined');
    expect(formatValue(null)).toBe('null');
    expect(formatValue(-0)).toBe('-0');
    expect(formatValue(NaN)).toBe('NaN');
    expect(formatValue(12n)).toBe('12n');
    expect(formatValue(Symbol('s'))).toBe('Symbol(s)');
    expect(formatValue(function named() {})).toBe('[Function named]');
    expect(formatValue(() => 1)).toBe('[Function (anonymous)]');
    expect(formatValue(class Foo {})).toBe('[class Foo]');
  });

  it('makes Map, Set, Date, RegExp, Error and typed arrays readable', () => {
    expect(formatValue(new Map([['a', 1]]))).toBe('Map(1) { "a" => 1 }');
    expect(formatValue(new Set([1, 2]))).toBe('Set(2) { 1, 2 }');
    expect(formatValue(new Date('2024-01-02T03:04:05Z'))).toBe('2024-01-02T03:04:05.000Z');
    expect(formatValue(new Date(NaN))).toBe('Invalid Date');
    expect(formatValue(/a+/g)).toBe('/a+/g');
    expect(formatValue(new TypeError('bad'))).toBe('TypeError: bad');
    expect(formatValue({ e: new RangeError('r') })).toBe('{ e: [RangeError: r] }');
    expect(formatValue(new Uint8Array([1, 2]))).toBe('Uint8Array(2) [1, 2]');
  });

  it('names class instances and quotes odd keys', () => {
    class Point {
      constructor(public x: number, public y: number) {}
    }
    expect(formatValue(new Point(1, 2))).toBe('Point { x: 1, y: 2 }');
    expect(formatValue({ 'a-b': 1, ok: 2 })).toBe('{ "a-b": 1, ok: 2 }');
    expect(formatValue(Object.create(null))).toBe('{}');
  });

  it('is safe with circular references and keeps shared ones', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(formatValue(a)).toBe('{ name: "a", self: [Circular] }');
    const shared = { v: 1 };
    expect(formatValue([shared, shared])).toBe('[{ v: 1 }, { v: 1 }]');
  });

  it('limits depth and item counts', () => {
    expect(formatValue({ a: { b: { c: { d: 1 } } } })).toBe('{ a: { b: { c: [Object] } } }');
    expect(formatValue([[[[1]]]])).toBe('[[[[Array]]]]');
    const long = formatValue(Array.from({ length: 150 }, (_, i) => i));
    expect(long).toContain('… 50 more');
    expect(long.split('\n').length).toBeGreaterThan(100);
  });

  it('breaks long containers over lines with indentation', () => {
    const out = formatValue({ first: 'x'.repeat(40), second: 'y'.repeat(40), nested: { ok: true } });
    expect(out).toBe(`{\n  first: "${'x'.repeat(40)}",\n  second: "${'y'.repeat(40)}",\n  nested: { ok: true }\n}`);
  });

  it('never throws, even on hostile getters and proxies', () => {
    const hostile = { get boom() { throw new Error('no'); } };
    expect(formatValue(hostile)).toBe('{ boom: [Getter threw] }');
    const proxy = new Proxy({}, { ownKeys() { throw new Error('trap'); } });
    expect(typeof inspect(proxy)).toBe('string');
  });

  it('bounds the work on huge nested values', () => {
    const wide = Array.from({ length: 100 }, () => Array.from({ length: 100 }, () => ({ a: [1, 2, 3] })));
    const out = formatValue(wide);
    expect(out).toContain('…');
    expect(out.length).toBeLessThan(2_000_000);
  });
});

describe('formatArgs', () => {
  it('joins arguments with spaces', () => {
    expect(formatArgs(['n =', 3, { a: 1 }])).toBe('n = 3 { a: 1 }');
  });

  it('understands printf-style substitutions', () => {
    expect(formatArgs(['%s has %d rows (%i%%) %f', 'sales', 42, 7.9, '1.5'])).toBe('sales has 42 rows (7%) 1.5');
    expect(formatArgs(['%o and %j', { a: 1 }, { b: 2 }])).toBe('{ a: 1 } and {"b":2}');
    expect(formatArgs(['%cstyled', 'color: red'])).toBe('styled');
    expect(formatArgs(['%s', 'a', 'extra'])).toBe('a extra');
    expect(formatArgs(['100%'])).toBe('100%');
    expect(formatArgs(['%d missing'])).toBe('%d missing');
  });
});
