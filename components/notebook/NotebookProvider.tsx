'use client';
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { Kernel, type KernelStatus } from '@/lib/kernel/client';
import { Notebook } from '@/lib/notebook/store';
import type { CellRuntime, NotebookCell } from '@/lib/notebook/types';
import { FocusRegistry } from '@/lib/notebook/focus';
import { enableEditorsWhenIdle } from '@/lib/notebook/editor-gate';

interface NotebookContext {
  kernel: Kernel;
  notebook: Notebook;
  focus: FocusRegistry;
}

const Ctx = createContext<NotebookContext | null>(null);

interface Props {
  slug: string;
  cells: NotebookCell[];
  dataFiles: { file: string; url: string; table?: string }[];
  clock: string;
  children: React.ReactNode;
}

/**
 * Owns the lesson's runtime: one kernel (started at once, so esbuild and DuckDB warm up while the
 * student reads) and the notebook store. Created in an effect so nothing touches workers during
 * static rendering.
 */
export function NotebookProvider({ slug, cells, dataFiles, clock, children }: Props) {
  const [ctx, setCtx] = useState<NotebookContext | null>(null);
  useEffect(() => {
    const kernel = new Kernel({ slug, dataFiles, clock });
    kernel.start();
    // Editors wait until the runtime has warmed up, so they do not compete with it for the CPU.
    const offStatus = kernel.onStatus((s) => s !== 'loading' && (offStatus(), enableEditorsWhenIdle()));
    setCtx({ kernel, notebook: new Notebook(cells, kernel), focus: new FocusRegistry(cells.map((c) => c.id)) });
    return () => kernel.dispose();
    // The lesson's authored data never changes while the page lives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slug]);
  return <Ctx.Provider value={ctx}>{children}</Ctx.Provider>;
}

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
