/**
 * The public shapes of the kernel client's API (re-exported by client.ts), kept apart so the
 * notebook store and components can import them without the kernel's machinery.
 */
import type { CompileDiagnostic } from '@/lib/compile/types';
import type { ErrorOutput } from './outputs';

/** `dead` only when the kernel cannot run anything (see `Kernel.deathReason`). */
export type KernelStatus = 'loading' | 'ready' | 'busy' | 'dead';

/** What a kernel needs to know about its lesson. */
export interface KernelConfig {
  slug: string;
  dataFiles: { file: string; url: string; table?: string }[];
  /** The lesson clock: ISO local date-time without zone. */
  clock: string;
  /** Time limit of a run whose request sets none (default 30,000 ms). */
  defaultTimeoutMs?: number;
}

/** One cell to run. */
export interface RunRequest {
  cellId: string;
  lang: 'ts' | 'sql';
  source: string;
  /** SQL cells: also bind the full result rows to this global for later TS cells. */
  name?: string;
  timeoutMs?: number;
}

/** How a run ended; its outputs went to `onOutput` as they came. */
export interface RunResult {
  ok: boolean;
  durationMs: number;
  /** Why the run failed. Not sent through `onOutput`: show it after the streamed outputs. */
  error?: ErrorOutput;
  compileErrors?: CompileDiagnostic[];
  /** Stopped by `stop()` or by the time limit (then `timedOut` too). */
  interrupted?: boolean;
  timedOut?: boolean;
  /** TS cells: milliseconds spent compiling (part of `durationMs`). */
  compileMs?: number;
}
