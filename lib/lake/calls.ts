/**
 * What a cell asks of the page's lake, and what comes back: the payload of the `lake-request` /
 * `lake-reply` protocol messages. Type-only, shared by the runner and the page.
 */
import type { TableColumn } from '@/lib/kernel/outputs';

/** The source of a write: SQL run on the page's DuckDB, or rows the runner encoded as Arrow. */
export type LakeWriteSource =
  | { kind: 'sql'; text: string; params?: unknown[] }
  | { kind: 'arrow'; ipc: Uint8Array; columns: TableColumn[] };

/** One lake operation. */
export type LakeCall =
  | { op: 'write'; path: string; source: LakeWriteSource; partition?: boolean }
  | { op: 'read'; pattern: string; limit?: number }
  | { op: 'load'; pattern: string; name: string }
  | { op: 'view'; pattern: string; name: string }
  | { op: 'list'; pattern?: string }
  | { op: 'delete'; pattern: string };

/** One lake file as a cell sees it. */
export interface LakeFile {
  path: string;
  rows: number;
  /** File size in bytes. */
  bytes: number;
  /** Columns and types, `id INTEGER, amount DECIMAL(10,2)`. */
  schema: string;
}
