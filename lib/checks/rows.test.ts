import { describe, expect, it } from 'vitest';
import { compareOrdered, compareUnordered } from './rows';

const cols = ['category', 'revenue'];
const expected = [
  { category: '도서', revenue: 64000 },
  { category: '전자기기', revenue: 869000 },
  { category: '생활', revenue: 120000 },
];

describe('compareUnordered', () => {
  it('accepts the same rows in another order, bigint and float noise included', () => {
    const actual = [
      { category: '생활', revenue: 120000.0000000001 },
      { category: '도서', revenue: 64000n },
      { category: '전자기기', revenue: 869000, extra: 'ignored' },
    ];
    expect(compareUnordered(actual, expected, cols, 1e-9)).toEqual({ missing: 0, extra: 0, changed: 0 });
  });

  it('counts duplicates: two equal rows are not one', () => {
    const r = compareUnordered([expected[0], expected[0], expected[1], expected[2]], expected, cols, 0);
    expect([r.missing, r.extra]).toEqual([0, 1]);
    expect(r.diff?.rows).toEqual([{ actual: ['도서', '64000'], differs: [true, true] }]);
  });

  it('pairs a missing row with the most similar found row and marks the differing cells', () => {
    const actual = [expected[0], { category: '전자기기', revenue: 900000 }, expected[2]];
    const r = compareUnordered(actual, expected, cols, 0);
    expect([r.missing, r.extra]).toEqual([1, 1]);
    expect(r.diff).toEqual({
      columns: cols,
      rows: [{ expected: ['전자기기', '869000'], actual: ['전자기기', '900000'], differs: [false, true] }],
      more: 0,
    });
  });

  it('honours a tolerance and shows values that print alike with their types', () => {
    expect(compareUnordered([{ category: '도서', revenue: 64000.4 }], [expected[0]], cols, 0.5).missing).toBe(0);
    const r = compareUnordered([{ category: '도서', revenue: '64000' }], [expected[0]], cols, 0);
    expect(r.diff?.rows[0]).toEqual({ expected: ['도서', '64000'], actual: ['도서', '"64000"'], differs: [false, true] });
  });

  it('shows at most five differing rows and counts the rest', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ category: `c${i}`, revenue: i }));
    const r = compareUnordered([], many, cols, 0);
    expect(r.diff?.rows).toHaveLength(5);
    expect(r.diff?.rows[0]).toEqual({ expected: ['c0', '0'], differs: [true, true] });
    expect(r.diff?.more).toBe(7);
  });
});

describe('compareOrdered', () => {
  it('finds the first row that is out of place', () => {
    const r = compareOrdered([expected[1], expected[0], expected[2]], expected, cols, 0);
    expect(r.firstIndex).toBe(0);
    expect(r.changed).toBe(2);
    expect(r.diff?.rows.map((d) => d.index)).toEqual([0, 1]);
  });

  it('reports rows missing at the end', () => {
    const r = compareOrdered(expected.slice(0, 2), expected, cols, 0);
    expect([r.missing, r.extra, r.firstIndex]).toEqual([1, 0, 2]);
    expect(r.diff?.rows).toEqual([{ index: 2, expected: ['생활', '120000'], differs: [true, true] }]);
  });

  it('is happy with equal tables', () => {
    expect(compareOrdered(expected, expected, cols, 0)).toEqual({ missing: 0, extra: 0, changed: 0 });
  });
});
