'use client';
import { useState } from 'react';
import { useNotebook } from '@/components/notebook/NotebookProvider';
import { TFull as T } from '@/lib/i18n/T-full';
import { currentFullMessages as currentMessages } from '@/lib/i18n/full';
import { useFullT as useT } from '@/lib/i18n/full';
import type { LakeOutput } from '@/lib/kernel/outputs';
import { downloadName, formatBytes } from './lake-format';
import styles from './lake.module.css';

/** Saves bytes as a file through a temporary object URL (no server involved). */
function saveFile(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.apache.parquet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * `lake.browse()`: the lake's files when the cell ran, with sizes, row counts and columns; each
 * downloads as the real Parquet file, taken from the page's lake at the moment of the click.
 */
export function LakeOutputView({ output }: { output: LakeOutput }) {
  const ctx = useNotebook();
  const t = useT();
  const [notice, setNotice] = useState<string | null>(null);
  const { files, pattern } = output;
  const total = files.reduce((n, f) => n + f.bytes, 0);

  function download(path: string) {
    const bytes = ctx?.kernel.lake.store.get(path);
    if (!bytes) return setNotice(currentMessages().lake.gone(path));
    setNotice(null);
    saveFile(bytes, downloadName(path));
  }

  return (
    <div className={`output ${styles.lake}`} data-output-kind="lake">
      <div className={styles.head}>
        <strong><T m={(d) => d.lake.title} /></strong>
        {pattern && <code data-lesson-content>{pattern}</code>}
        <span className={styles.muted}><T m={(d) => d.lake.summary(files.length, formatBytes(total))} /></span>
      </div>
      {files.length === 0 ? (
        <p className={styles.muted}><T m={(d) => (pattern ? d.lake.emptyPattern(pattern) : d.lake.empty)} /></p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th><T m={(d) => d.lake.path} /></th>
                <th className={styles.num}><T m={(d) => d.lake.rows} /></th>
                <th className={styles.num}><T m={(d) => d.lake.size} /></th>
                <th><T m={(d) => d.lake.schema} /></th>
                <th />
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.path} data-lake-path={f.path} data-row-count={f.rows}>
                  <td className={styles.path} data-lesson-content>{f.path}</td>
                  <td className={styles.num}>{f.rows.toLocaleString(t.locale)}</td>
                  <td className={styles.num}>{formatBytes(f.bytes)}</td>
                  <td className={styles.schema} data-lesson-content>{f.schema}</td>
                  <td>
                    <button type="button" className={styles.download} data-action="download" title={t.lake.downloadTitle(f.path)} onClick={() => download(f.path)}>
                      <T m={(d) => d.lake.download} />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {notice && <p className={styles.notice} role="status">{notice}</p>}
      {files.length > 0 && <p className={styles.muted}><T m={(d) => d.lake.snapshot} /></p>}
    </div>
  );
}
