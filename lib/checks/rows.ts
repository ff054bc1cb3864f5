/**
 * Compares two tables row by row, ignoring row order or not, and describes the first differences
 * as rows side by side: the missing expected row next to the found row most like it.
 */
import type { DiffRow, RowDiff } from './types';
import { cellText, describe, rowKey, sameValue } from './values';

export type Row = Record<string, unknown>;

/** How many differing rows a diff shows. */
export const SHOWN_ROWS = 5;
/** Above this many candidate pairs, the tolerant second matching pass is skipped (keeps checks fast). */
const MAX_PAIRS = 4_000_000;

/** The result of a comparison: how far apart the tables are, and what to show. */
export interface RowComparison {
  /** Expected rows with no equal row found. */
  missing: number;
  /** Found rows that no expected row accounts for. */
  extra: number;
  /** In-order comparisons: rows present on both sides that differ; 0 otherwise. */
  changed: number;
  /** 0-based index of the first differing row (in-order comparisons). */
  firstIndex?: number;
  diff?: RowDiff;
}

function sameRow(a: Row, b: Row, columns: readonly string[], tolerance: number): boolean {
  return columns.every((c) => sameValue(a[c], b[c], tolerance));
}

/** One side-by-side diff row; cells whose text is equal but whose values differ get their types shown. */
function diffRow(expected: Row | undefined, actual: Row | undefined, columns: readonly string[], tolerance: number, index?: number): DiffRow {
  const differs = columns.map((c) => !expected || !actual || !sameValue(expected[c], actual[c], tolerance));
  const text = (row: Row | undefined, other: Row | undefined) =>
    row && columns.map((c, i) => (differs[i] && other && cellText(row[c]) === cellText(other[c]) ? describe(row[c]) : cellText(row[c])));
  return {
    ...(index !== undefined && { index }),
    ...(expected && { expected: text(expected, actual) }),
    ...(actual && { actual: text(actual, expected) }),
    differs,
  };
}

/** Number of columns on which two rows agree: how "alike" a missing and an extra row are. */
function likeness(a: Row, b: Row, columns: readonly string[], tolerance: number): number {
  return columns.filter((c) => sameValue(a[c], b[c], tolerance)).length;
}

/** Compares tables as multisets of rows over `columns`. */
export function compareUnordered(actual: readonly Row[], expected: readonly Row[], columns: readonly string[], tolerance: number): RowComparison {
  const byKey = new Map<string, number[]>();
  actual.forEach((row, i) => {
    const key = rowKey(row, columns);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const used = new Set<number>();
  let unmatched: Row[] = [];
  for (const row of expected) {
    const i = byKey.get(rowKey(row, columns))?.shift();
    if (i === undefined) unmatched.push(row);
    else used.add(i);
  }
  let extras = actual.filter((_, i) => !used.has(i));
  if (unmatched.length > 0 && unmatched.length * extras.length <= MAX_PAIRS) {
    // Second pass: equal within the tolerance, which exact keys cannot see.
    const left: Row[] = [];
    for (const row of unmatched) {
      const j = extras.findIndex((a) => sameRow(a, row, columns, tolerance));
      if (j < 0) left.push(row);
      else extras = [...extras.slice(0, j), ...extras.slice(j + 1)];
    }
    unmatched = left;
  }
  if (unmatched.length === 0 && extras.length === 0) return { missing: 0, extra: 0, changed: 0 };

  const rows: DiffRow[] = [];
  const pool = extras.slice(0, 200);
  for (const row of unmatched.slice(0, SHOWN_ROWS)) {
    let best = -1;
    let score = 0;
    pool.forEach((a, j) => {
      const s = likeness(row, a, columns, tolerance);
      if (s > score) [best, score] = [j, s];
    });
    const partner = best >= 0 ? pool.splice(best, 1)[0] : undefined;
    rows.push(diffRow(row, partner, columns, tolerance));
  }
  for (const a of pool.slice(0, Math.max(0, SHOWN_ROWS - rows.length))) rows.push(diffRow(undefined, a, columns, tolerance));
  const shownExtras = rows.filter((r) => r.actual).length;
  const more = unmatched.length - Math.min(unmatched.length, SHOWN_ROWS) + Math.max(0, extras.length - shownExtras);
  return { missing: unmatched.length, extra: extras.length, changed: 0, diff: { columns: [...columns], rows, more } };
}

/** Compares tables position by position over `columns`. */
export function compareOrdered(actual: readonly Row[], expected: readonly Row[], columns: readonly string[], tolerance: number): RowComparison {
  const rows: DiffRow[] = [];
  let changed = 0;
  let total = 0;
  let firstIndex: number | undefined;
  const n = Math.max(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    if (e && a && sameRow(a, e, columns, tolerance)) continue;
    if (e && a) changed++;
    total++;
    firstIndex ??= i;
    if (rows.length < SHOWN_ROWS) rows.push(diffRow(e, a, columns, tolerance, i));
  }
  const missing = Math.max(0, expected.length - actual.length);
  const extra = Math.max(0, actual.length - expected.length);
  if (total === 0) return { missing: 0, extra: 0, changed: 0 };
  return { missing, extra, changed, firstIndex, diff: { columns: [...columns], rows, more: total - rows.length } };
}
