/**
 * `chart(spec)` validation: a wrong spec fails in the cell with a sentence the student can act
 * on ("x key 'day' is not a column of data; columns: date, total"), never as a blank chart.
 * Returns a normalised, cloneable copy holding only known fields.
 */
import type { ChartSeries, ChartSpec, ChartType } from '@/lib/kernel/outputs';
import { MAX_CHART_POINTS, formatCount } from './caps';
import { inspect } from './format';
import { toCellValue } from './table';

const CHART_TYPES: readonly ChartType[] = ['line', 'bar', 'area', 'scatter'];

/** A `chart()` call whose spec cannot be drawn. */
export class ChartError extends TypeError {
  constructor(message: string) {
    super(`chart(): ${message}`);
    this.name = 'ChartError';
  }
}

const list = (names: Iterable<string>) => [...names].map((n) => `'${n}'`).join(', ');

/** Normalises `y` to series and checks each is a string key. */
function toSeries(y: unknown): ChartSeries[] {
  const items = Array.isArray(y) ? y : [y];
  if (items.length === 0) throw new ChartError('y is empty: name at least one column to plot');
  return items.map((item, i) => {
    if (typeof item === 'string') return { y: item };
    if (typeof item === 'object' && item !== null && typeof (item as ChartSeries).y === 'string') {
      const s = item as ChartSeries;
      return { y: s.y, ...(s.label !== undefined && { label: String(s.label) }), ...(s.color !== undefined && { color: String(s.color) }) };
    }
    throw new ChartError(`y${Array.isArray(y) ? `[${i}]` : ''} must be a column name or { y: 'column' }, got ${inspect(item, { depth: 1 })}`);
  });
}

/** Checks a chart spec and returns a clean copy; throws `ChartError` with a readable reason. */
export function validateChartSpec(spec: unknown): ChartSpec {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new ChartError(`expects a spec object like { type: 'line', data: rows, x: 'day', y: 'total' }, got ${inspect(spec, { depth: 0 })}`);
  }
  const s = spec as Record<string, unknown>;
  if (!CHART_TYPES.includes(s.type as ChartType)) {
    throw new ChartError(`type must be one of ${list(CHART_TYPES)}, got ${inspect(s.type)}`);
  }
  const data = s.data;
  if (!Array.isArray(data)) throw new ChartError(`data must be an array of rows (e.g. the result of sql\`…\`), got ${inspect(data, { depth: 0 })}`);
  if (data.length > MAX_CHART_POINTS) {
    throw new ChartError(`${formatCount(data.length)} rows is too many to draw (limit ${formatCount(MAX_CHART_POINTS)}): aggregate first (GROUP BY) or sample`);
  }
  const bad = data.findIndex((row) => typeof row !== 'object' || row === null || Array.isArray(row));
  if (bad >= 0) throw new ChartError(`data[${bad}] must be an object like { x: …, y: … }, got ${inspect(data[bad], { depth: 0 })}`);
  if (typeof s.x !== 'string' || s.x === '') throw new ChartError(`x must be the name of a column, got ${inspect(s.x)}`);
  const series = toSeries(s.y);

  const keys = new Set<string>();
  for (const row of data) for (const k of Object.keys(row as object)) keys.add(k);
  // An empty result is a legitimate outcome (the chart says "no data"), so keys cannot be checked.
  if (data.length > 0) {
    for (const key of [s.x, ...series.map((x) => x.y)]) {
      if (!keys.has(key)) throw new ChartError(`'${key}' is not a column of data; columns: ${list(keys)}`);
    }
    for (const { y } of series) {
      const numeric = data.some((row) => typeof toCellValue((row as Record<string, unknown>)[y]) === 'number');
      if (!numeric) throw new ChartError(`y column '${y}' has no numeric values (a y value must be a number)`);
    }
  }
  for (const key of ['title', 'xLabel', 'yLabel'] as const) {
    if (s[key] !== undefined && typeof s[key] !== 'string') throw new ChartError(`${key} must be a string`);
  }
  if (s.height !== undefined && !(typeof s.height === 'number' && s.height >= 100 && s.height <= 1000)) {
    throw new ChartError(`height must be a number of pixels between 100 and 1000, got ${inspect(s.height)}`);
  }

  const used = [s.x, ...series.map((x) => x.y)];
  const rows = data.map((row) => {
    const r: Record<string, unknown> = {};
    for (const k of used) r[k] = toCellValue((row as Record<string, unknown>)[k]);
    return r;
  });
  const y: ChartSpec['y'] = series.every((x) => x.label === undefined && x.color === undefined)
    ? (series.length === 1 ? series[0].y : series.map((x) => x.y))
    : series;
  return {
    type: s.type as ChartType,
    data: rows,
    x: s.x,
    y,
    ...(typeof s.title === 'string' && { title: s.title }),
    ...(typeof s.xLabel === 'string' && { xLabel: s.xLabel }),
    ...(typeof s.yLabel === 'string' && { yLabel: s.yLabel }),
    ...(typeof s.height === 'number' && { height: s.height }),
    ...(s.stacked !== undefined && { stacked: Boolean(s.stacked) }),
  };
}
