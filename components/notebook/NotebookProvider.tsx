'use client';
import { createContext, useContext, useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { Kernel, type KernelStatus } from '@/lib/kernel/client';
import { Notebook } from '@/lib/notebook/store';
import type { CellRuntime, NotebookCell } from '@/lib/notebook/types';
import { FocusRegistry } from '@/lib/notebook/focus';
import { enableEditorsWhenIdle } from '@/lib/notebook/editor-gate';
import { registerStartupCache } from '@/lib/startup-cache';
import { takeEarlyRuns } from '@/lib/notebook/early-runs';
import { preloadOutputViews } from '@/components/outputs/output-views';
import { openLessonProgress, prewarmVisit, type LessonProgress } from '@/lib/progress/open';
import { openScratch, readScratch } from '@/lib/scratch/open';
import type { ScratchSession } from '@/lib/scratch/session';
import { markPhase } from '@/lib/kernel/phase-marks';
import { prewarmRunner } from '@/lib/kernel/kernel-deps';
import { prewarmEditsDb } from '@/lib/progress/edits-db';
import { prewarmScratchDb } from '@/lib/scratch/db';

interface NotebookContext {
  kernel: Kernel;
  notebook: Notebook;
  focus: FocusRegistry;
  /** Saved edits and the run journal (missing parts when browser storage is unavailable). */
  progress: LessonProgress;
  /** The student's own cells on this page. */
  scratch: ScratchSession;
}

const Ctx = createContext<NotebookContext | null>(null);

// When this module loads, React is about to hydrate: the first runner starts loading, and the
// saved edits' databases and this visit's lock opening, now rather than in the effect below (a
// Run clicked early waits for all of them; lib/kernel/runner-prewarm.ts, lib/progress/early-open.ts).
// Only on a notebook page: it has the runtime's status element.
if (typeof document !== 'undefined' && document.querySelector('[data-kernel-status]')) {
  prewarmRunner();
  prewarmEditsDb();
  prewarmScratchDb();
  prewarmVisit(navigator.locks);
}

interface Props {
  slug: string;
  cells: NotebookCell[];
  dataFiles: { file: string; url: string; table?: string }[];
  clock: string;
  /** The playground: no lesson cells, scratch cells are the notebook. */
  standalone?: boolean;
  children: React.ReactNode;
}

/**
 * Owns the lesson's runtime: one kernel (started at once, so esbuild and DuckDB warm up while the
 * student reads) and the notebook store. Created in an effect so nothing touches workers during
 * static rendering. The context appears only once saved edits are restored, so a Run can never
 * execute the lesson's text where the student's own version was meant; nothing runs on its own.
 */
export function NotebookProvider({ slug, cells, dataFiles, clock, standalone, children }: Props) {
  const [ctx, setCtx] = useState<NotebookContext | null>(null);
  useEffect(() => {
    let alive = true;
    const kernel = new Kernel({ slug, dataFiles, clock });
    markPhase('notebook:hydrated');
    kernel.start();
    // Editors wait until the runtime has warmed up and no run is in flight, so they compete
    // neither with it for the CPU nor with a first Run's result (Monaco's evaluation blocks
    // the page for a second or more on a slow machine). Output views are wanted by a run.
    const offViews = kernel.onStatus((s) => s !== 'loading' && (offViews(), preloadOutputViews()));
    const offEditors = kernel.onStatus((s) => s === 'ready' && (offEditors(), enableEditorsWhenIdle(), registerStartupCache()));
    const notebook = new Notebook(cells, kernel);
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    const opened = openLessonProgress(slug, notebook, { locks, onSaveError: reportSaveError });
    const scratchRead = readScratch(slug); // read alongside the saved edits
    void opened.then(() => markPhase('progress:open'));
    // Scratch cells join after the edit session has taken the lesson's cells as its own.
    const scratchOpened = opened.then(() => openScratch(slug, notebook, { standalone, onSaveError: reportSaveError }, scratchRead));
    void Promise.all([opened, scratchOpened]).then(([progress, scratch]) => {
      const focus = new FocusRegistry(() => notebook.cells.map((c) => c.id));
      if (!alive) return;
      markPhase('scratch:open');
      setCtx({ kernel, notebook, focus, progress, scratch });
    });
    const flush = () => {
      void opened.then((p) => p.edits?.flush());
      void scratchOpened.then((s) => s.flush());
    };
    const leave = () => {
      flush();
      void opened.then((p) => p.journal?.leave());
    };
    const hidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      alive = false;
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
      void opened.then((p) => (p.journal?.close(), p.edits?.close()));
      void scratchOpened.then((s) => s.close());
      kernel.dispose();
    };
    // The lesson's authored data never changes while the page lives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slug]);
  // Runs clicked while the page was still loading, taken in the commit that hands the cells the
  // live notebook: taken any earlier (when the context was set), a click landing before React had
  // re-rendered reached a Run handler without a notebook and was lost. A layout effect runs in the
  // commit itself, so no click falls between the two.
  useLayoutEffect(() => {
    if (!ctx) return;
    for (const id of takeEarlyRuns()) if (ctx.notebook.cells.some((c) => c.id === id)) ctx.notebook.run(id);
  }, [ctx]);
  return <Ctx.Provider value={ctx}>{children}</Ctx.Provider>;
}

/** A save failed: tell the page once (the visit notice listens for this event). */
function reportSaveError(error: unknown) {
  console.warn('de-notebook: an edit could not be saved', error);
  window.dispatchEvent(new CustomEvent(SAVE_ERROR_EVENT));
}

/** Window event fired when an edit could not be saved in browser storage. */
export const SAVE_ERROR_EVENT = 'de-notebook:save-error';

/** The notebook context, or null during static rendering and before hydration. */
export function useNotebook(): NotebookContext | null {
  return useContext(Ctx);
}

const noop = () => () => {};

/** Live runtime state of one cell; `fallback` before the runtime exists. */
export function useCellState(id: string, fallback: CellRuntime): CellRuntime {
  const ctx = useNotebook();
  return useSyncExternalStore(
    ctx ? (fn) => ctx.notebook.subscribe(id, fn) : noop,
    () => (ctx ? ctx.notebook.get(id) : fallback),
    () => fallback,
  );
}

/** Whether DuckDB has loaded (TS cells can run before; SQL waits for it). */
export function useDatabaseReady(): boolean {
  const ctx = useNotebook();
  return useSyncExternalStore(
    ctx ? (fn) => ctx.kernel.onDatabase(fn) : noop,
    () => (ctx ? ctx.kernel.databaseReady : false),
    () => false,
  );
}

/** Live kernel status ('loading' before the runtime exists). */
export function useKernelStatus(): KernelStatus {
  const ctx = useNotebook();
  return useSyncExternalStore(
    ctx ? (fn) => ctx.kernel.onStatus(fn) : noop,
    () => (ctx ? ctx.kernel.status : 'loading'),
    () => 'loading',
  );
}
