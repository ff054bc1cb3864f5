import type { Cell, Lesson } from '@/lib/lesson/types';
import type { NotebookCell } from '@/lib/notebook/types';

/** Every runnable cell of a lesson in document order, reduced to what the runtime needs. */
export function toNotebookCells(lesson: Lesson): NotebookCell[] {
  const blocks = [...lesson.intro, ...lesson.sections.flatMap((s) => s.blocks)];
  return blocks
    .filter((b): b is Cell => b.kind === 'cell')
    .map((c) => ({
      id: c.id,
      lang: c.lang,
      source: c.source,
      name: c.options.name,
      norun: c.options.norun,
      timeoutMs: c.options.timeout !== undefined ? c.options.timeout * 1000 : undefined,
      ...(c.exercise && { exercise: c.exercise }),
    }));
}

/** Counts runnable cells of a lesson. */
export function countCells(lesson: Lesson): number {
  return toNotebookCells(lesson).length;
}
