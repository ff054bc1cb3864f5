'use client';
import { useNotebook } from '@/components/notebook/NotebookProvider';
import { enableEditors } from '@/lib/notebook/editor-gate';
import { useT } from '@/lib/i18n/use-t';

/**
 * The small "+ TS / + SQL" control between cells: adds an empty scratch cell right below the cell
 * `below` (null: at the top) and puts the cursor in it.
 */
export function InsertBar({ below }: { below: string | null }) {
  const ctx = useNotebook();
  const scratchText = useT().scratch;
  const add = (lang: 'ts' | 'sql') => {
    if (!ctx) return;
    enableEditors();
    ctx.focus.focus(ctx.scratch.add(lang, below));
  };
  return (
    <div className="scratch-insert" data-insert-below={below ?? ''}>
      <button type="button" data-action="add-cell" data-lang="ts" disabled={!ctx} onClick={() => add('ts')} aria-label={`${scratchText.addTs}: ${scratchText.addTsLabel}`} title={scratchText.addTsLabel}>
        {scratchText.addTs}
      </button>
      <button type="button" data-action="add-cell" data-lang="sql" disabled={!ctx} onClick={() => add('sql')} aria-label={`${scratchText.addSql}: ${scratchText.addSqlLabel}`} title={scratchText.addSqlLabel}>
        {scratchText.addSql}
      </button>
    </div>
  );
}
