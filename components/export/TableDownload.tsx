'use client';
import { useId, useRef, useState, type ReactNode } from 'react';
import type { TableOutput } from '@/lib/kernel/outputs';
import { formatCount } from '@/lib/cell-api/caps';
import { toCsv } from '@/lib/export/csv';
import { fileStem, saveFile } from '@/lib/export/save-file';
import { useFullT } from '@/lib/i18n/full';
import { T } from '@/lib/i18n/T';
import styles from './export.module.css';

/** The cell around an element, for naming the file after it. */
function cellIdOf(el: Element | null): string {
  return el?.closest('[data-cell-id]')?.getAttribute('data-cell-id') ?? 'table';
}

/** The rows as Parquet, made in the export worker (loaded on first use). */
async function toParquet(output: TableOutput): Promise<Uint8Array> {
  const { exportParquet } = await import('@/lib/export/parquet-client');
  return exportParquet(output.columns, output.rows);
}

/**
 * A table output's footer: its row count (`children`) and a download menu, CSV or Parquet, that
 * opens inline so the table's rounded frame never clips it. A capped output exports the rows it
 * kept and says so; the full result is exported whenever the output holds it.
 */
export function TableDownload({ output, children }: { output: TableOutput; children: ReactNode }) {
  // The table view loads on demand, and its menu's messages with it (tableExports, ko-extra.ts).
  // It renders only in the browser, after hydration, so its labels need no pre-hydration copy.
  const t = useFullT();
  const s = t.tableExports;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const ref = useRef<HTMLDivElement>(null);
  const itemsId = useId();
  const capped = output.rows.length < output.rowCount;

  const download = async (format: 'csv' | 'parquet') => {
    setError(undefined);
    const stem = fileStem(cellIdOf(ref.current));
    if (format === 'csv') {
      saveFile(toCsv(output.columns, output.rows), `${stem}.csv`, 'text/csv;charset=utf-8');
      return;
    }
    setBusy(true);
    try {
      saveFile(await toParquet(output), `${stem}.parquet`, 'application/vnd.apache.parquet');
    } catch (e) {
      setError(t.exports.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.tableFoot} ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <span>{children}</span>
      <button
        type="button"
        className={styles.tableSummary}
        aria-expanded={open}
        aria-controls={itemsId}
        title={s.tableMenuTitle}
        data-action="download-menu"
        onClick={() => setOpen(!open)}
      >
        {s.menu} {open ? '▴' : '▾'}
      </button>
      {open && (
        <div className={styles.tableItems} id={itemsId} role="group" aria-label={s.tableMenuTitle}>
          <span className={styles.note} data-export-scope={capped ? 'capped' : 'all'}>
            {capped ? s.capped(formatCount(output.rows.length), formatCount(output.rowCount)) : s.all(formatCount(output.rowCount))}
          </span>
          <button type="button" className={styles.item} data-action="download-csv" title={s.csvTitle} onClick={() => void download('csv')}>
            {s.csv}
          </button>
          <button type="button" className={styles.item} data-action="download-parquet" title={s.parquetTitle} disabled={busy} onClick={() => void download('parquet')}>
            {busy ? s.working : s.parquet}
          </button>
          {error && <span className={styles.error} role="alert">{error}</span>}
        </div>
      )}
    </div>
  );
}
