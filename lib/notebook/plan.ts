import type { NotebookCell } from './types';

/**
 * Earlier cells that must run before cell `index`: every cell above it whose effects the runtime
 * lacks, skipping `norun` cells (they run only when the student asks). Order is top to bottom,
 * so a student can open section 4 and press Run.
 */
export function dependenciesToRun(
  cells: readonly NotebookCell[],
  index: number,
  satisfied: (cell: NotebookCell) => boolean,
): string[] {
  return cells
    .slice(0, index)
    .filter((c) => !c.norun && !satisfied(c))
    .map((c) => c.id);
}
