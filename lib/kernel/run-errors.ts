/**
 * Every way a run can fail, as an `ErrorOutput` a student can act on: compile errors, runtime
 * errors mapped to the cell's own lines, DuckDB errors (with `LINE n:`), stop, timeout, crash.
 */
import type { CompileResult } from '@/lib/compile/types';
import type { CellLang } from '@/lib/lesson/types';
import type { ErrorOutput } from './outputs';
import type { SerializedError } from './protocol';
import { currentMessages } from '@/lib/i18n/ui-lang';
import { MAX_BIND_ROWS } from '@/lib/cell-api/caps';

/** A successful compile: what the source-map helpers need. */
export type CompiledCell = Extract<CompileResult, { ok: true }>;
/** One compile error, located in the cell. */
export type CompileDiagnostic = Extract<CompileResult, { ok: false }>['errors'][number];

/** The source-map helpers of `lib/compile/sourcemap.ts` (injectable for tests). */
export interface SourceMapper {
  locateRuntimeError(stack: string, compiled: CompiledCell): { line: number; column: number } | undefined;
  cellStack(stack: string, compiled: CompiledCell): string;
}


/** The text of any thrown value. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The first compile error, located, as the run's error. */
export function compileErrorOutput(errors: CompileDiagnostic[]): ErrorOutput {
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return first
    ? { kind: 'error', name: 'CompileError', message: `${first.message}${more}`, line: first.line, column: first.column }
    : { kind: 'error', name: 'CompileError', message: 'the cell could not be compiled' };
}

/** A runtime error from the runner, its stack mapped back to the cell's lines. */
export function runtimeErrorOutput(error: SerializedError, compiled: CompiledCell, mapper?: SourceMapper): ErrorOutput {
  const out: ErrorOutput = { kind: 'error', name: error.name, message: error.message };
  if (!error.stack || !mapper) return out;
  try {
    const at = mapper.locateRuntimeError(error.stack, compiled);
    if (at) Object.assign(out, { line: at.line, column: at.column });
    const stack = mapper.cellStack(error.stack, compiled);
    if (stack) out.stack = stack;
  } catch {
    // A stack in an unexpected shape: the message alone is still worth showing.
  }
  return out;
}

/**
 * Splits a DuckDB message (`Catalog Error: Table with name x does not exist!\n…\nLINE 1: …\n   ^`)
 * into the error type, the message, and the 1-based line/column of the caret when present.
 */
export function parseDuckDbError(e: unknown): ErrorOutput {
  const raw = messageOf(e).trimEnd();
  const head = /^([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)* Error): ([\s\S]*)$/.exec(raw);
  // Without DuckDB's "X Error:" prefix, a specific error class (QueryCancelled...) names it.
  const own = e instanceof Error && !['Error', 'DuckDBError'].includes(e.name) ? e.name : 'SQL Error';
  const out: ErrorOutput = { kind: 'error', name: head ? head[1] : own, message: head ? head[2] : raw };
  const at = /^LINE (\d+): (.*)\n( *)\^/m.exec(raw);
  if (at) {
    out.line = Number(at[1]);
    // DuckDB elides long lines with "..."; the caret column is then not the source column.
    if (!at[2].startsWith('...')) out.column = at[3].length - `LINE ${at[1]}: `.length + 1;
  }
  return out;
}

/** The run was stopped by the student. */
export function interruptedError(lang: CellLang, restarted: boolean): ErrorOutput {
  const what = lang === 'sql' ? currentMessages().limits.queryCancelled : currentMessages().limits.stopped;
  return { kind: 'error', name: 'Interrupted', message: restarted ? `${what} ${currentMessages().limits.restarted}` : what };
}

/** The run hit its time limit. */
export function timeoutError(limitMs: number, restarted: boolean): ErrorOutput {
  const s = Math.round(limitMs / 100) / 10;
  const message = currentMessages().limits.timeout(String(s));
  return { kind: 'error', name: 'Timeout', message: restarted ? `${message} ${currentMessages().limits.restarted}` : message };
}

/** The runner died during the run. */
export function crashError(reason: string): ErrorOutput {
  return {
    kind: 'error',
    name: 'RuntimeCrashed',
    message: currentMessages().limits.crashed(reason),
  };
}

/** The kernel cannot run anything (DuckDB failed to load, disposed...). */
export function unavailableError(reason: string): ErrorOutput {
  return { kind: 'error', name: 'KernelUnavailable', message: currentMessages().limits.unavailable(reason) };
}

/** A `name=` SQL cell whose result is too big to hand to TypeScript. */
export function tooManyToBindError(name: string, rowCount: number): ErrorOutput {
  return { kind: 'error', name: 'ResultTooLarge', message: currentMessages().limits.tooManyToBind(name, rowCount.toLocaleString('ko-KR'), MAX_BIND_ROWS.toLocaleString('ko-KR')) };
}
