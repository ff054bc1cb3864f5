/**
 * The columns of an Arrow IPC stream, read from its schema message alone (no batch is
 * decoded), named with DuckDB's type names so `lake.list()` shows the types the file holds.
 */
import { RecordBatchReader } from 'apache-arrow';
import type { TableColumn } from '@/lib/kernel/outputs';
import { duckdbTypeName } from '@/lib/kernel/duckdb-types';

/** Column names and DuckDB types of an IPC stream; [] when it has no schema. */
export function ipcColumns(ipc: Uint8Array): TableColumn[] {
  const reader = RecordBatchReader.from(ipc);
  reader.open();
  const fields = reader.schema?.fields ?? [];
  return fields.map((f) => ({ name: f.name, type: duckdbTypeName(f) }));
}
