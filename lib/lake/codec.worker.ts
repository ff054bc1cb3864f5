/**
 * The lake codec worker: Parquet encoding and decoding off the page's main thread, so writing a
 * million rows never freezes the notebook. Stateless (the files live on the page), so losing
 * it loses nothing; the page spawns it on first use. Spawned with the literal
 * `new Worker(new URL('./codec.worker.ts', import.meta.url), { type: 'module' })` form.
 */
import { arrowToParquet, initParquetCodec, parquetToArrow } from './codec';
import type { CodecReply, CodecRequest } from './codec-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<CodecRequest>) => {
  const req = event.data;
  let reply: CodecReply;
  try {
    await initParquetCodec();
    if (req.op === 'encode') {
      const { bytes, rows } = arrowToParquet(req.ipc);
      reply = { id: req.id, ok: true, bytes, rows };
    } else {
      reply = { id: req.id, ok: true, bytes: parquetToArrow(req.parquet, { limit: req.limit }) };
    }
  } catch (e) {
    // parquet-wasm throws plain strings or Errors; both become a readable message.
    const error = e instanceof Error ? e : new Error(String(e));
    reply = { id: req.id, ok: false, name: error.name === 'Error' ? 'ParquetError' : error.name, message: error.message };
  }
  self.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []);
};

export {};
