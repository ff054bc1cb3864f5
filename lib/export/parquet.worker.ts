/**
 * Table exports to Parquet, off the page: rows → Arrow (apache-arrow's builders compile their
 * null checks with `new Function`, which the page's Content-Security-Policy forbids and the
 * bundled-worker policy allows) → Parquet with the lake's codec (parquet-wasm). Stateless.
 * Spawned with the literal `new Worker(new URL('./parquet.worker.ts', import.meta.url), …)` form.
 */
import { arrowToParquet, initParquetCodec } from '@/lib/lake/codec';
import { rowsToArrowIpc } from './arrow-rows';
import type { ParquetExportReply, ParquetExportRequest } from './parquet-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<ParquetExportRequest>) => {
  const { id, columns, rows } = event.data;
  let reply: ParquetExportReply;
  try {
    await initParquetCodec();
    reply = { id, ok: true, bytes: arrowToParquet(rowsToArrowIpc(columns, rows)).bytes };
  } catch (e) {
    reply = { id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []);
};

export {};
