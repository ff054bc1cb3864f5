import { describe, expect, it } from 'vitest';
import { MAX_TABLE_ROWS } from './caps';
import { truncateText } from './truncate';
import { toDisplayOutput } from './display';
import { inferColumns, toCellValue, toTableOutput, withColumns } from './table';

describe('toTableOutput', () => {
  it('infers columns in first-seen order with JS types, mixed types joined', () => {
    const out = toTableOutput([{ a: 1, b: 'x' }, { a: 'two', c: true }, { a: null, b: new Date(0) }]);
    expect(out.columns).toEqual([
      { name: 'a', type: 'number | string' },
      { name: 'b', type: 'date | string' },
      { name: 'c', type: 'boolean' },
    ]);
    expect(out.rows[2]).toEqual({ a: null, b: '1970-01-01T00:00:00.000Z', c: null });
    expect(out.rowCount).toBe(3);
  });

  it('uses SQL column types attached to query results', () => {
    const rows = withColumns([{ n: 1 }], [{ name: 'n', type: 'BIGINT' }]);
    expect(toTableOutput(rows).columns).toEqual([{ name: 'n', type: 'BIGINT' }]);
  });

  it('caps rows at 10,000 but keeps the true count', () => {
    const rows = Array.from({ length: 12_345 }, (_, i) => ({ i }));
    const out = toTableOutput(rows);
    expect(out.rows.length).toBe(MAX_TABLE_ROWS);
    expect(out.rowCount).toBe(12_345);
    expect(toTableOutput(rows, { limit: 5 }).rows.length).toBe(5);
    expect(toTableOutput(rows.slice(0, 3), { rowCount: 1_000_000 }).rowCount).toBe(1_000_000);
  });

  it('selects and orders columns on request', () => {
    const out = toTableOutput([{ a: 1, b: 2, c: 3 }], { columns: ['c', 'a', 'zz'] });
    expect(out.columns.map((c) => c.name)).toEqual(['c', 'a', 'zz']);
    expect(out.rows[0]).toEqual({ c: 3, a: 1, zz: null });
  });

  it('shows rows of primitives as one value column, and refuses non-arrays', () => {
    expect(toTableOutput([1, 2]).rows).toEqual([{ value: 1 }, { value: 2 }]);
    expect(() => toTableOutput('nope' as unknown as unknown[])).toThrow('table() expects an array of rows');
  });

  it('normalises cell values to cloneable primitives', () => {
    expect(toCellValue(undefined)).toBeNull();
    expect(toCellValue(5n)).toBe(5);
    expect(toCellValue(2n ** 70n)).toBe('1180591620717411303424');
    expect(toCellValue({ a: [1, 2] })).toBe('{ a: [1, 2] }');
    expect(toCellValue(() => 1)).toBe('[Function (anonymous)]');
    expect((toCellValue('x'.repeat(5_000)) as string).length).toBeLessThan(2_100);
    const out = toTableOutput([{ f: () => 1, s: Symbol('s'), m: new Map([[1, 2]]) }]);
    expect(() => structuredClone(out)).not.toThrow();
  });

  it('infers from a sample only', () => {
    const rows = [...Array.from({ length: 1_000 }, () => ({ a: 1 })), { a: 1, late: 'x' }];
    expect(inferColumns(rows).map((c) => c.name)).toEqual(['a']);
  });
});

describe('toDisplayOutput', () => {
  it('shows nothing for undefined, raw text for strings, formatted text otherwise', () => {
    expect(toDisplayOutput(undefined)).toBeUndefined();
    expect(toDisplayOutput('안녕 DuckDB')).toEqual({ kind: 'text', text: '안녕 DuckDB' });
    expect(toDisplayOutput(20)).toEqual({ kind: 'text', text: '20' });
    expect(toDisplayOutput(null)).toEqual({ kind: 'text', text: 'null' });
    expect(toDisplayOutput({ a: 1 })).toEqual({ kind: 'text', text: '{ a: 1 }' });
    expect(toDisplayOutput([])).toEqual({ kind: 'text', text: '[]' });
    expect(toDisplayOutput([1, 2])).toEqual({ kind: 'text', text: '[1, 2]' });
  });

  it('shows arrays of plain objects and SQL results (even empty) as tables', () => {
    expect(toDisplayOutput([{ a: 1 }])).toMatchObject({ kind: 'table', rowCount: 1 });
    const empty = withColumns([], [{ name: 'n', type: 'INTEGER' }]);
    expect(toDisplayOutput(empty)).toEqual({ kind: 'table', columns: [{ name: 'n', type: 'INTEGER' }], rows: [], rowCount: 0 });
    expect(toDisplayOutput([{ a: 1 }, new Date(0)])?.kind).toBe('text');
  });

  it('truncates huge text with a note', () => {
    const out = toDisplayOutput('x'.repeat(150_000));
    expect(out).toEqual({ kind: 'text', text: truncateText('x'.repeat(150_000)) });
    expect((out as { text: string }).text).toMatch(/… \(나머지 50,000자는 표시하지 않았습니다\)$/);
  });
});
