import { describe, expect, it } from 'vitest';
import { ChartError, validateChartSpec } from './chart';

const data = [
  { day: '2024-01-01', total: 10, orders: 2n, city: 'Seoul' },
  { day: '2024-01-02', total: 12.5, orders: 3n, city: 'Busan' },
];

describe('validateChartSpec', () => {
  it('accepts a valid spec and returns a clean, cloneable copy', () => {
    const spec = validateChartSpec({ type: 'line', data, x: 'day', y: ['total', 'orders'], title: 'T', extra: () => 1 });
    expect(spec).toEqual({
      type: 'line',
      data: [
        { day: '2024-01-01', total: 10, orders: 2 },
        { day: '2024-01-02', total: 12.5, orders: 3 },
      ],
      x: 'day',
      y: ['total', 'orders'],
      title: 'T',
    });
    expect(() => structuredClone(spec)).not.toThrow();
  });

  it('keeps series objects with labels and colors', () => {
    const spec = validateChartSpec({ type: 'bar', data, x: 'city', y: [{ y: 'total', label: 'Total', color: '#f00' }], stacked: 1, height: 300 });
    expect(spec.y).toEqual([{ y: 'total', label: 'Total', color: '#f00' }]);
    expect(spec.stacked).toBe(true);
    expect(spec.height).toBe(300);
  });

  it('allows empty data (a query can legitimately return nothing)', () => {
    expect(validateChartSpec({ type: 'bar', data: [], x: 'a', y: 'b' }).data).toEqual([]);
  });

  it.each([
    [undefined, /expects a spec object/],
    [{ type: 'pie', data, x: 'day', y: 'total' }, /type must be one of 'line', 'bar', 'area', 'scatter', got "pie"/],
    [{ type: 'line', data: 'rows', x: 'day', y: 'total' }, /data must be an array of rows/],
    [{ type: 'line', data: [1, 2], x: 'day', y: 'total' }, /data\[0\] must be an object/],
    [{ type: 'line', data, y: 'total' }, /x must be the name of a column/],
    [{ type: 'line', data, x: 'date', y: 'total' }, /'date' is not a column of data; columns: 'day', 'total', 'orders', 'city'/],
    [{ type: 'line', data, x: 'day', y: [] }, /y is empty/],
    [{ type: 'line', data, x: 'day', y: ['total', 'sum'] }, /'sum' is not a column of data/],
    [{ type: 'line', data, x: 'day', y: [{ label: 'x' }] }, /y\[0\] must be a column name/],
    [{ type: 'line', data, x: 'day', y: 'city' }, /y column 'city' has no numeric values/],
    [{ type: 'line', data, x: 'day', y: 'total', height: 5 }, /height must be a number of pixels/],
    [{ type: 'line', data, x: 'day', y: 'total', title: 3 }, /title must be a string/],
  ])('rejects %o with a readable reason', (spec, message) => {
    expect(() => validateChartSpec(spec)).toThrow(ChartError);
    expect(() => validateChartSpec(spec)).toThrow(message);
  });

  it('refuses more points than a chart can draw, suggesting aggregation', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({ i, v: i }));
    expect(() => validateChartSpec({ type: 'scatter', data: many, x: 'i', y: 'v' })).toThrow(/10,001 rows is too many.*GROUP BY/);
  });

  it('prefixes messages with chart() and is a TypeError named ChartError', () => {
    try {
      validateChartSpec({ type: 'pie' });
    } catch (e) {
      expect(e).toBeInstanceOf(TypeError);
      expect((e as Error).name).toBe('ChartError');
      expect((e as Error).message.startsWith('chart(): ')).toBe(true);
    }
  });
});
