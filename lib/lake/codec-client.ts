/**
 * The page's handle on the lake codec worker: spawned on first use, requests matched to
 * replies by id, buffers transferred (not copied) where the page no longer needs them. If the
 * worker dies (out of memory on a huge file), pending calls fail and the next call starts a
 * fresh one: the codec holds no state. For the same reason it is stopped after 15 s without
 * work (its wasm and heap are ~25 MB) and started again by the next call (~50 ms).
 */
import type { CodecReply, CodecRequest } from './codec-protocol';
import type { LakeCodec } from './service';
import { IdleStop } from '@/lib/idle-stop';

type Pending = { resolve(reply: Extract<CodecReply, { ok: true }>): void; reject(error: Error): void };
type Work = Omit<Extract<CodecRequest, { op: 'encode' }>, 'id'> | Omit<Extract<CodecRequest, { op: 'decode' }>, 'id'>;

const IDLE_STOP_MS = 15_000;

/** A codec backed by a Web Worker (browser only). `idleStopMs`: the quiet period before it stops. */
export function workerCodec(
  spawn = () => new Worker(new URL('./codec.worker.ts', import.meta.url), { type: 'module' }),
  idleStopMs: number | null = IDLE_STOP_MS,
): LakeCodec & { dispose(): void } {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const idle = new IdleStop(idleStopMs, () => {
    if (pending.size > 0) return;
    worker?.terminate();
    worker = undefined;
  });

  function failAll(reason: string) {
    idle.busy();
    for (const p of pending.values()) p.reject(new Error(`the Parquet codec stopped: ${reason}`));
    pending.clear();
    worker?.terminate();
    worker = undefined;
  }

  function call(work: Work, transfer: Transferable[]): Promise<Extract<CodecReply, { ok: true }>> {
    if (!worker) {
      worker = spawn();
      worker.onmessage = (event: MessageEvent<CodecReply>) => {
        const reply = event.data;
        const p = pending.get(reply.id);
        if (!p) return;
        pending.delete(reply.id);
        if (pending.size === 0) idle.quiet();
        if (reply.ok) p.resolve(reply);
        else p.reject(Object.assign(new Error(reply.message), { name: reply.name }));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        failAll(event.message || 'it crashed');
      };
    }
    const id = nextId++;
    idle.busy();
    const request = { ...work, id } as CodecRequest;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker!.postMessage(request, transfer);
    });
  }

  return {
    // The Arrow stream is not needed after encoding: transfer it.
    encode: async (ipc) => {
      const reply = await call({ op: 'encode', ipc }, [ipc.buffer as ArrayBuffer]);
      return { bytes: reply.bytes, rows: reply.rows ?? 0 };
    },
    // The Parquet bytes stay in the lake: the worker gets a copy.
    decode: async (parquet, limit) => (await call({ op: 'decode', parquet: parquet.slice(), limit }, [])).bytes,
    dispose: () => failAll('the notebook was closed'),
  };
}
