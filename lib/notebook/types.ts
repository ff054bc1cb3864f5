import type { Output } from '@/lib/kernel/outputs';
import type { CompileDiagnostic } from '@/lib/compile/types';

/** Per-cell run status, as shown by `data-status`. */
export type CellStatus = 'idle' | 'queued' | 'running' | 'done' | 'error';

/** Runtime state of one cell: what happened, never what the lesson says. */
export interface CellRuntime {
  /** The student's current source (starts as the authored source). */
  source: string;
  status: CellStatus;
  outputs: Output[];
  durationMs?: number;
  /** Part of `durationMs` spent compiling (TS cells). */
  compileMs?: number;
  /** Kernel epoch of the last successful run; a newer epoch means its variables are gone. */
  ranInEpoch?: number;
  /** Compile diagnostics of the last run (editor markers). */
  diagnostics: CompileDiagnostic[];
  /** Cell line of the last runtime error (editor highlight). */
  errorLine?: number;
}

/** The authored facts about a cell that the runtime needs. */
export interface NotebookCell {
  id: string;
  lang: 'ts' | 'sql';
  source: string;
  name?: string;
  norun: boolean;
  timeoutMs?: number;
  /** Set on an exercise's starter cells: the exercise id (scratch cells go after its last starter). */
  exercise?: string;
  /** A student's own cell (see `lib/scratch/`), not part of the lesson file. */
  scratch?: boolean;
}
