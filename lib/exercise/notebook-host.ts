import type { Notebook, NotebookAccess } from '@/lib/notebook/store';
import type { ExerciseHost } from './flow';

/**
 * The exercise flow's view of a notebook while it has the kernel to itself (`runExclusive`):
 * visible runs update the cells like the student's own runs, quiet runs go straight to the kernel.
 */
export function notebookHost(notebook: Notebook, access: NotebookAccess): ExerciseHost {
  return {
    cells: notebook.cells,
    source: (id) => notebook.get(id).source,
    async prepare(cellId) {
      for (const id of access.pendingBefore(cellId)) {
        const result = await access.runCell(id);
        if (!result.ok) return { cellId: id, result };
      }
      return undefined;
    },
    runCell: (id) => access.runCell(id),
    runQuiet: (req, onOutput) => access.kernel.run(req, onOutput ?? (() => {})),
  };
}

