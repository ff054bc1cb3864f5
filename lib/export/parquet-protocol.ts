/** Messages between the page and the Parquet export worker. Type-only. */
import type { TableColumn } from '@/lib/kernel/outputs';

/** Rows of a table output to encode. */
export interface ParquetExportRequest {
  id: number;
  columns: TableColumn[];
  rows: Record<string, unknown>[];
}

/** The Parquet file, or why it could not be made. */
export type ParquetExportReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };
