/**
 * What `display(value)` and a cell's last expression show: arrays of plain objects (and SQL
 * results, even empty ones) as tables, strings as raw text, anything else as formatted text.
 */
import type { Output } from '@/lib/kernel/outputs';
import { truncateText } from './truncate';
import { formatValue } from './format';
import { sqlColumns, toTableOutput } from './table';

/** Plain objects only: class instances, Maps and Dates read better as formatted text. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** True when `display` shows this value as a table. */
export function isTableLike(v: unknown): v is object[] {
  if (!Array.isArray(v)) return false;
  if (sqlColumns(v)) return true;
  return v.length > 0 && v.every(isPlainObject);
}

/** The output `display(value)` produces; `undefined` shows nothing. */
export function toDisplayOutput(value: unknown): Output | undefined {
  if (value === undefined) return undefined;
  if (isTableLike(value)) return toTableOutput(value);
  return { kind: 'text', text: truncateText(formatValue(value)) };
}
