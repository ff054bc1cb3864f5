'use client';
import { useNotebook } from '@/components/notebook/NotebookProvider';
import { enableEditors } from '@/lib/notebook/editor-gate';
import { useT } from '@/lib/i18n/use-t';
import { useLabels } from '@/lib/i18n/use-labels';

/**
 * The small "+ TS / + SQL" control between cells: adds an empty scratch cell right below the cell
 * `below` (null: at the top) and puts the cursor in it.
 */
export function InsertBar({ below }: { below: string | null }) {
  const ctx = useNotebook();
  const scratchText = useT().scratch;
  const l = useLabels();
  const add = (lang: 'ts' | 'sql') => {
    if (!ctx) return;
    enableEditors();
    ctx.focus.focus(ctx.scratch.add(lang, below));
  };
  return (
    <div className="scratch-insert" data-insert-below={below ?? ''}>
      <button type="button" data-action="add-cell" data-lang="ts" disabled={!ctx} onClick={() => add('ts')} {...l({ 'aria-label': (d) => `${d.scratch.addTs}: ${d.scratch.addTsLabel}`, title: (d) => d.scratch.addTsLabel })}>
        {scratchText.addTs}
      </button>
      <button type="button" data-action="add-cell" data-lang="sql" disabled={!ctx} onClick={() => add('sql')} {...l({ 'aria-label': (d) => `${d.scratch.addSql}: ${d.scratch.addSqlLabel}`, title: (d) => d.scratch.addSqlLabel })}>
        {scratchText.addSql}
      </button>
    </div>
  );
}
