/**
 * Where scratch cells sit among a lesson's cells. Each scratch cell follows a lesson cell (its
 * anchor) and is ordered by rank among the scratch cells of that anchor, so adding one never
 * renumbers the others, and a lesson that gains cells keeps each scratch cell next to its own.
 */
import type { ScratchRecord } from './types';

type Placed = Pick<ScratchRecord, 'id' | 'anchor' | 'rank' | 'createdAt'>;

/**
 * The anchor a record is shown under: its own, or (when the lesson no longer has that cell) the
 * last lesson cell, so nothing the student wrote disappears.
 */
export function effectiveAnchor(anchor: string | null, authoredIds: readonly string[]): string | null {
  if (anchor === null || authoredIds.includes(anchor)) return anchor;
  return authoredIds.at(-1) ?? null;
}

/** The scratch cells under one anchor, in order. */
export function groupOf<T extends Placed>(records: readonly T[], anchor: string | null, authoredIds: readonly string[]): T[] {
  return records
    .filter((r) => effectiveAnchor(r.anchor, authoredIds) === anchor)
    .sort((a, b) => a.rank - b.rank || a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Every cell id in run order: scratch cells before any lesson cell, then each lesson cell and its group. */
export function mergedOrder(authoredIds: readonly string[], records: readonly Placed[]): string[] {
  const ids = groupOf(records, null, authoredIds).map((r) => r.id);
  for (const id of authoredIds) ids.push(id, ...groupOf(records, id, authoredIds).map((r) => r.id));
  return ids;
}

/**
 * The rank for a new cell in a group: right after the cell `after` (a member of the group), or
 * first in the group when `after` is null.
 */
export function rankAfter(group: readonly Placed[], after: string | null): number {
  if (after === null) return group.length ? group[0].rank - 1 : 0;
  const i = group.findIndex((r) => r.id === after);
  if (i < 0) return group.length ? group[group.length - 1].rank + 1 : 0;
  const next = group[i + 1];
  return next ? (group[i].rank + next.rank) / 2 : group[i].rank + 1;
}
