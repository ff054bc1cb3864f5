'use client';
/**
 * Live row counts of a diagram's bound nodes, and what moved. Honest about what it can see:
 * the page counts rows (tables with `COUNT(*)`, lake files from their metadata) when the diagram
 * appears, once the runtime settles after a run, when the lake changes, and once a second while
 * a cell runs if the diagram is on screen. A node whose count changed since the previous count
 * gets a delta; edges into it light up.
 *
 * Counting costs DuckDB queries that queue behind the student's, so a lesson with several
 * diagrams must not count between every two cells of a Run all: counts wait until the runtime
 * has been idle for a moment, and the once-a-second polling is only for diagrams in view.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useNotebook } from '@/components/notebook/NotebookProvider';
import type { Kernel } from '@/lib/kernel/client';
import type { DiagramSpec } from '@/lib/kernel/outputs';

/** A bound node's count: rows, or null when its table (or any lake file) does not exist yet. */
export type NodeCount = number | null;

export interface DiagramCounts {
  counts: ReadonlyMap<string, NodeCount>;
  /** Rows added (or removed) at the last change, by node id; `seq` increases with every change. */
  deltas: ReadonlyMap<string, { delta: number; seq: number }>;
}

const BUSY_POLL_MS = 1_000;
/** How long the runtime must stay idle before counting (Run all goes straight to the next cell). */
const SETTLE_MS = 250;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Counts every bound node now. Tables that do not exist count as null, never as an error. */
export async function countNodes(kernel: Kernel, spec: DiagramSpec): Promise<Map<string, NodeCount>> {
  const out = new Map<string, NodeCount>();
  const tables = spec.nodes.filter((n) => n.table);
  if (tables.length > 0) {
    const existing = await kernel.inspect(`SELECT lower(table_name) AS name FROM information_schema.tables WHERE table_schema IN ('main', 'temp')`);
    const names = new Set(existing.rows.map((r) => String(r.name)));
    const present = tables.filter((n) => names.has(n.table!.toLowerCase()));
    for (const n of tables) out.set(n.id, null);
    if (present.length > 0) {
      const sql = present.map((n, i) => `SELECT ${i} AS i, COUNT(*) AS n FROM ${quote(n.table!)}`).join(' UNION ALL ');
      const result = await kernel.inspect(sql);
      for (const row of result.rows) out.set(present[Number(row.i)].id, Number(row.n));
    }
  }
  for (const n of spec.nodes.filter((x) => x.lake)) {
    const files = kernel.lake.list(n.lake);
    out.set(n.id, files.length === 0 ? null : files.reduce((sum, f) => sum + f.rows, 0));
  }
  return out;
}

/** See the module doc. `view` is the diagram's element, to poll only while it is on screen. */
export function useDiagramCounts(spec: DiagramSpec, view?: RefObject<HTMLElement | null>): DiagramCounts {
  const ctx = useNotebook();
  const [state, setState] = useState<DiagramCounts>({ counts: new Map(), deltas: new Map() });
  const previous = useRef<Map<string, NodeCount> | null>(null);
  const seq = useRef(0);
  const bound = spec.nodes.some((n) => n.table || n.lake);

  useEffect(() => {
    if (!ctx || !bound) return;
    const { kernel } = ctx;
    let disposed = false;
    let inFlight = false;
    let again = false;

    async function refresh() {
      if (inFlight) return void (again = true);
      inFlight = true;
      try {
        const counts = await countNodes(kernel, spec);
        if (disposed) return;
        const before = previous.current;
        previous.current = counts;
        setState((s) => {
          const deltas = new Map(s.deltas);
          if (before) {
            for (const [id, n] of counts) {
              const was = before.get(id) ?? 0;
              if ((n ?? 0) !== was) deltas.set(id, { delta: (n ?? 0) - was, seq: ++seq.current });
            }
          }
          return { counts, deltas };
        });
      } catch {
        // A count cancelled by Stop or a Restart in progress: the next trigger counts again.
      } finally {
        inFlight = false;
        if (again && !disposed) {
          again = false;
          void refresh();
        }
      }
    }

    void refresh();
    let poll: ReturnType<typeof setInterval> | undefined;
    let settle: ReturnType<typeof setTimeout> | undefined;
    let visible = true;
    const observer = typeof IntersectionObserver === 'undefined' || !view?.current ? undefined
      : new IntersectionObserver((entries) => (visible = entries.some((e) => e.isIntersecting)), { rootMargin: '200px' });
    if (observer && view?.current) observer.observe(view.current);
    const later = () => {
      clearTimeout(settle);
      settle = setTimeout(() => void refresh(), SETTLE_MS);
    };
    const onStatus = (status: string) => {
      clearInterval(poll);
      clearTimeout(settle);
      if (status === 'busy') poll = setInterval(() => visible && void refresh(), BUSY_POLL_MS);
      else if (status === 'ready') later();
    };
    const offStatus = kernel.onStatus(onStatus);
    const offLake = kernel.lake.onChange(() => (kernel.status !== 'busy' || visible) && later());
    return () => {
      disposed = true;
      clearInterval(poll);
      clearTimeout(settle);
      observer?.disconnect();
      offStatus();
      offLake();
    };
    // The spec of an output never changes once rendered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ctx, bound]);

  return state;
}
