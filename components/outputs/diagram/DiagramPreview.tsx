'use client';
import { useEffect, useState } from 'react';
import { useNotebook } from '@/components/notebook/NotebookProvider';
import { TFull as T } from '@/lib/i18n/T-full';
import { useFullT as useT } from '@/lib/i18n/full';
import type { DiagramNode, TableOutput } from '@/lib/kernel/outputs';
import { toTableOutput } from '@/lib/cell-api/table';
import { TableOutputView } from '../TableOutputView';
import styles from './diagram.module.css';

const PREVIEW_ROWS = 50;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

type State = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; table: TableOutput } | { status: 'error'; message: string };

/** The first rows of a bound node's table or lake files, with its true row count. */
export function DiagramPreview({ node, rowCount, onClose }: { node: DiagramNode; rowCount: number | null; onClose(): void }) {
  const ctx = useNotebook();
  const [state, setState] = useState<State>({ status: 'loading' });
  const name = node.table ?? node.lake ?? node.id;
  const t = useT();

  useEffect(() => {
    if (!ctx) return;
    if (rowCount === null) return setState({ status: 'missing' });
    let live = true;
    setState({ status: 'loading' });
    const load = node.table
      ? ctx.kernel.inspect(`SELECT * FROM ${quote(node.table)} LIMIT ${PREVIEW_ROWS}`)
      : ctx.kernel.lake.read(node.lake!, PREVIEW_ROWS);
    load.then(
      (r) => live && setState({ status: 'ready', table: toTableOutput(r.rows, { knownColumns: r.columns, rowCount: Math.max(rowCount, r.rowCount) }) }),
      (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => void (live = false);
  }, [ctx, node, rowCount]);

  return (
    <section className={styles.preview} data-diagram-preview={node.id} aria-label={t.diagram.preview(name)}>
      <header className={styles.previewHead}>
        <span>
          <strong>{node.label}</strong> <code>{name}</code>
        </span>
        <button type="button" className={styles.close} onClick={onClose}><T m={(d) => d.diagram.close} /></button>
      </header>
      {state.status === 'loading' && <p className={styles.previewNote}><T m={(d) => d.diagram.previewLoading} /></p>}
      {state.status === 'missing' && <p className={styles.previewNote}><T m={(d) => d.diagram.previewMissing(name)} /></p>}
      {state.status === 'error' && <p className={styles.previewNote}>{state.message}</p>}
      {state.status === 'ready' && <TableOutputView output={state.table} />}
    </section>
  );
}
