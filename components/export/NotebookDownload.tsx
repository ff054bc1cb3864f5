'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { useNotebook } from '@/components/notebook/NotebookProvider';
import { lessonSourceUrl } from '@/lib/assets';
import type { LessonSource } from '@/lib/export/lesson-source';
import { placeScratch } from '@/lib/export/scratch-cells';
import { useT } from '@/lib/i18n/use-t';
import { useLabels } from '@/lib/i18n/use-labels';
import { T } from '@/lib/i18n/T';
import styles from './export.module.css';

const sources = new Map<string, Promise<LessonSource>>();

/** The lesson's export source, fetched once (a static file next to the page). */
function loadSource(slug: string): Promise<LessonSource> {
  let source = sources.get(slug);
  if (!source) {
    source = fetch(lessonSourceUrl(slug)).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
      return r.json() as Promise<LessonSource>;
    });
    source.catch(() => sources.delete(slug)); // a failed fetch is retried on the next click
    sources.set(slug, source);
  }
  return source;
}

/** The notebook and Markdown writers and the file saver (see `download` for why on demand). */
async function loadWriters() {
  const [ipynb, markdown, save] = await Promise.all([
    import('@/lib/export/ipynb'),
    import('@/lib/export/markdown'),
    import('@/lib/export/save-file'),
  ]);
  return { lessonNotebook: ipynb.lessonNotebook, lessonMarkdown: markdown.lessonMarkdown, saveFile: save.saveFile };
}

/** Today as `YYYY-MM-DD` in the student's time zone. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * "Download my notebook" in the lesson's top bar: the lesson with the student's current code, as
 * a Jupyter notebook (Deno kernel) or as a lesson-format Markdown file the site reads back, with
 * the student's scratch cells in their places.
 */
export function NotebookDownload({ slug }: { slug: string }) {
  const s = useT().exports;
  const l = useLabels();
  const ctx = useNotebook();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const ref = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => !ref.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const download = async (format: 'ipynb' | 'markdown') => {
    if (!ctx) return;
    setError(undefined);
    try {
      // The writers load with the first download, alongside the lesson's source: a lesson page
      // should not ship them to every student before anyone opens this menu.
      const [lesson, writers] = await Promise.all([loadSource(slug), loadWriters()]);
      const { lessonNotebook, lessonMarkdown, saveFile } = writers;
      const { notebook } = ctx;
      const edited = Object.fromEntries(notebook.authored.map((c) => [c.id, notebook.get(c.id).source]));
      // The student's own cells go where the page shows them, after the lesson cell above them.
      const scratch = placeScratch(notebook.cells, (id) => notebook.get(id).source);
      if (format === 'ipynb') {
        saveFile(`${JSON.stringify(lessonNotebook(lesson, edited, scratch), null, 1)}\n`, `${slug}.ipynb`, 'application/x-ipynb+json');
      } else {
        saveFile(lessonMarkdown(lesson, { sources: edited, date: today(), scratch }), `${slug}.md`, 'text/markdown;charset=utf-8');
      }
      setOpen(false);
    } catch (e) {
      setError(s.failed(e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <div className={styles.menu} ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className={styles.notebookSummary}
        aria-expanded={open}
        aria-controls={menuId}
        aria-haspopup="true"
        {...l({ title: (d) => (ctx ? d.exports.notebookMenuTitle : d.exports.notReady) })}
        disabled={!ctx}
        data-action="download-notebook"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⤓</span> <span className="topbar-label"><T m={(d) => d.exports.notebookMenu} /></span> {open ? '▴' : '▾'}
      </button>
      {open && (
        <div className={styles.popover} id={menuId} role="group" aria-label={s.notebookMenu}>
          <button type="button" className={styles.popoverItem} data-action="download-ipynb" onClick={() => void download('ipynb')}>
            <span className={styles.popoverLabel}>{s.ipynb}</span>
            <span className={styles.popoverHelp}>{s.ipynbHelp}</span>
          </button>
          <button type="button" className={styles.popoverItem} data-action="download-markdown" onClick={() => void download('markdown')}>
            <span className={styles.popoverLabel}>{s.markdown}</span>
            <span className={styles.popoverHelp}>{s.markdownHelp}</span>
          </button>
          {error && <span className={styles.error} role="alert">{error}</span>}
        </div>
      )}
    </div>
  );
}
