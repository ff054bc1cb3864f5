/**
 * The page's handle on the Parquet export worker: started on the first export and kept for the
 * next; a worker that crashes fails its pending exports and the next export starts a new one.
 */
import type { TableColumn } from '@/lib/kernel/outputs';
import type { ParquetExportReply, ParquetExportRequest } from './parquet-protocol';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve(bytes: Uint8Array): void; reject(e: Error): void }>();

function start(): Worker {
  const w = new Worker(new URL('./parquet.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<ParquetExportReply>) => {
    const reply = event.data;
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) p?.resolve(reply.bytes);
    else p?.reject(new Error(reply.message));
  };
  w.onerror = (event) => {
    event.preventDefault();
    for (const p of pending.values()) p.reject(new Error(event.message || 'the Parquet worker stopped'));
    pending.clear();
    w.terminate();
    worker = undefined;
  };
  return w;
}

/** A table output's rows as a Parquet file (column types from the output's DuckDB type names). */
export function exportParquet(columns: TableColumn[], rows: Record<string, unknown>[]): Promise<Uint8Array> {
  worker ??= start();
  const id = nextId++;
  const request: ParquetExportRequest = { id, columns, rows };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage(request);
  });
}
