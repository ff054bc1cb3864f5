'use client';
import { useMemo } from 'react';
import type { Cell } from '@/lib/lesson/types';
import type { ScratchRecord } from '@/lib/scratch/types';
import { CellView } from '@/components/cell/CellView';
import { cellNeighbour, selectCell } from '@/components/notebook/command-mode';
import { useNotebook } from '@/components/notebook/NotebookProvider';
import { currentMessages } from '@/lib/i18n/ui-lang';

/** A student's scratch cell: an ordinary cell view that can be deleted. */
export function ScratchCell({ record }: { record: ScratchRecord }) {
  const ctx = useNotebook();
  const cell = useMemo<Cell>(
    () => ({ kind: 'cell', id: record.id, lang: record.lang, source: record.source, line: 0, options: { hidden: false, readonly: false, norun: false } }),
    [record.id, record.lang, record.source],
  );
  const onDelete = () => {
    if (!ctx) return;
    // An empty cell goes at once; one with code only after the student confirms.
    if (ctx.notebook.get(record.id).source.trim() !== '' && !window.confirm(currentMessages().scratch.deleteConfirm)) return;
    const el = document.querySelector(`[data-cell-id="${record.id}"]`);
    const neighbour = el && (cellNeighbour(el, -1) ?? cellNeighbour(el, 1));
    void ctx.scratch.remove(record.id);
    if (neighbour) selectCell(neighbour);
  };
  const badge = (ctx?.notebook.authored.length ?? 0) > 0;
  return <CellView cell={cell} placeholderHtml="" scratch={{ onDelete, badge }} />;
}
