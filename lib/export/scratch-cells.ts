/**
 * The student's scratch cells in the exports of a lesson. On the page each one follows a lesson
 * cell (lib/scratch/order.ts); the exports put it at the same place, after that lesson cell's
 * fence or code cell, so the student's version reads top to bottom as it looked.
 */

/** One scratch cell to export, after the lesson cell `after` (null: before every lesson cell). */
export interface ScratchExport {
  id: string;
  lang: 'ts' | 'sql';
  source: string;
  after: string | null;
}

/**
 * Where each scratch cell of the notebook sits, from the notebook's run order: it follows the
 * closest lesson cell above it. Using the run order (not the saved anchors) exports exactly what
 * the page shows, including cells whose anchor left the lesson and moved to its end.
 */
export function placeScratch(
  cells: readonly { id: string; lang: 'ts' | 'sql'; scratch?: boolean }[],
  sourceOf: (id: string) => string,
): ScratchExport[] {
  let after: string | null = null;
  const placed: ScratchExport[] = [];
  for (const c of cells) {
    if (!c.scratch) after = c.id;
    else placed.push({ id: c.id, lang: c.lang, source: sourceOf(c.id), after });
  }
  return placed;
}

/** The scratch cells grouped by the lesson cell they follow, each group in order. */
export function scratchGroups(scratch: readonly ScratchExport[]): Map<string | null, ScratchExport[]> {
  const groups = new Map<string | null, ScratchExport[]>();
  for (const s of scratch) groups.set(s.after, [...(groups.get(s.after) ?? []), s]);
  return groups;
}
