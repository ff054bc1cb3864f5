/**
 * Typed messages between the page (kernel client) and the runner worker.
 * Type-only: both sides import it with `import type`, so it costs nothing at run time.
 */
import type { Output, TableColumn } from './outputs';
import type { LakeCall } from '@/lib/lake/calls';
import type { UiLang } from '@/lib/i18n/messages';

/** A thrown value made cloneable: the stack is raw (runner coordinates), mapped page-side. */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}

/** A query result as it crosses `postMessage`: values already converted to plain JS. */
export interface SqlResultData {
  columns: TableColumn[];
  rows: Record<string, unknown>[];
  /** Total rows of the result (equals `rows.length` for bridge queries: nothing is capped). */
  rowCount: number;
}

/** Run compiled cell code: an expression evaluating to an async function. */
export interface RunMessage {
  type: 'run';
  runId: number;
  cellId: string;
  code: string;
  /** The lesson clock now and at the lesson's start (`YYYY-MM-DDTHH:MM:SS[.mmm]`), for `clock`. */
  clock?: { start: string; now: string };
}

/** Set a notebook global, e.g. the rows of a named SQL cell (`globalThis[name] = value`). */
export interface BindMessage {
  type: 'bind';
  name: string;
  value: unknown;
  /** When `value` is SQL rows: their column types, so `table(rows)` can show them. */
  columns?: TableColumn[];
}

/** The page's answer to a `sql-request`. */
export type SqlReplyMessage =
  | { type: 'sql-reply'; reqId: number; ok: true; result?: SqlResultData }
  | { type: 'sql-reply'; reqId: number; ok: false; error: SerializedError };

/** Liveness probe, used only where Web Locks are unavailable (see runner-host.ts). */
export interface PingMessage {
  type: 'ping';
}

/** The page's answer to a `lake-request`: the operation's result (see `LakeCall`). */
export type LakeReplyMessage =
  | { type: 'lake-reply'; reqId: number; ok: true; value: unknown }
  | { type: 'lake-reply'; reqId: number; ok: false; error: SerializedError };

/**
 * The interface language, for the messages the runner writes (check failures, timeline labels).
 * Sent first to every new runner and again whenever the student switches language.
 */
export interface LangMessage {
  type: 'lang';
  lang: UiLang;
}

/** Everything the page sends to the runner. */
export type PageToRunner = RunMessage | BindMessage | SqlReplyMessage | PingMessage | LakeReplyMessage | LangMessage;

/** The runner has installed the cell API and accepts runs. */
export interface ReadyMessage {
  type: 'ready';
}

/**
 * The runner now holds this Web Lock until it dies: the page's crash detector. Sent after
 * `ready` (the browser's lock manager can take 100 ms to answer, and runs need not wait for it);
 * until it arrives, and where Web Locks are missing, the page pings instead.
 */
export interface LockMessage {
  type: 'lock';
  lock: string;
}

/** An output produced while a run is in progress. */
export interface OutputMessage {
  type: 'output';
  runId: number;
  output: Output;
}

/** A cell asked for SQL (`sql` tag → `query`, `db.exec` → `exec`); the page answers with `sql-reply`. */
export interface SqlRequestMessage {
  type: 'sql-request';
  reqId: number;
  runId: number;
  op: 'query' | 'exec';
  text: string;
  params: unknown[];
}

/** A cell moved the lesson clock (`clock.advance`...): the page updates the SQL clock macros. */
export interface ClockMessage {
  type: 'clock';
  runId: number;
  /** The new clock, `YYYY-MM-DDTHH:MM:SS[.mmm]`. */
  clock: string;
}

/** SQL types a loaded column can have (`db.load`, `toTable`). */
export type LoadColumnType = 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR' | 'DATE' | 'TIMESTAMP';

/**
 * One column of rows loaded into a table, values in row order. Numeric, DATE and TIMESTAMP
 * columns travel as a Float64Array (times in ms, NaN for NULL): compact and cheap to copy.
 */
export type LoadColumn =
  | { name: string; type: 'BIGINT' | 'DOUBLE' | 'DATE' | 'TIMESTAMP'; values: Float64Array }
  | { name: string; type: 'VARCHAR'; values: (string | null)[] }
  | { name: string; type: 'BOOLEAN'; values: (boolean | null)[] };

/** A cell loads rows into a table (`db.load`); answered like a query, with `sql-reply`. */
export interface TableLoadMessage {
  type: 'table-load';
  reqId: number;
  runId: number;
  /** `name` or `schema.name`. */
  table: string;
  mode: 'replace' | 'append';
  rowCount: number;
  columns: LoadColumn[];
}

/** A run finished: its last-expression value as an output, or the error that ended it. */
export type DoneMessage =
  | { type: 'done'; runId: number; ok: true; value?: Output }
  | { type: 'done'; runId: number; ok: false; error: SerializedError };

/** Answer to `ping`. */
export interface PongMessage {
  type: 'pong';
}

/** A cell called the lake (`lake.write`, `lake.load`…); the page owns it and answers with `lake-reply`. */
export interface LakeRequestMessage {
  type: 'lake-request';
  reqId: number;
  runId: number;
  call: LakeCall;
}

/** Everything the runner sends to the page. */
export type RunnerToPage =
  | ReadyMessage
  | LockMessage
  | OutputMessage
  | SqlRequestMessage
  | DoneMessage
  | PongMessage
  | ClockMessage
  | TableLoadMessage
  | LakeRequestMessage;
