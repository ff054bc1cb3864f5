/**
 * The page's handle on the codec worker, with a stand-in worker that answers like the real one
 * (the real codec's bytes are covered by roundtrip.test.ts): replies matched by id, and the
 * worker stopped after a quiet period and started again by the next call.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CodecReply, CodecRequest } from './codec-protocol';
import { workerCodec } from './codec-client';

/** Answers each request after `delayMs`: encode echoes the bytes reversed, decode echoes them. */
class StandInWorker {
  onmessage: ((event: MessageEvent<CodecReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly delayMs: number) {}
  postMessage(req: CodecRequest): void {
    setTimeout(() => {
      if (this.terminated) return;
      const bytes = req.op === 'encode' ? req.ipc.slice().reverse() : req.parquet;
      this.onmessage?.({ data: { id: req.id, ok: true, bytes, rows: 1 } } as MessageEvent<CodecReply>);
    }, this.delayMs);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function codecWith(delayMs: number, idleStopMs: number) {
  const workers: StandInWorker[] = [];
  const codec = workerCodec(() => {
    const w = new StandInWorker(delayMs);
    workers.push(w);
    return w as unknown as Worker;
  }, idleStopMs);
  return { codec, workers };
}

describe('workerCodec', () => {
  it('stops its worker after a quiet period and starts a fresh one for the next call', async () => {
    const { codec, workers } = codecWith(1, 20);
    expect(await codec.encode(new Uint8Array([1, 2, 3]))).toEqual({ bytes: new Uint8Array([3, 2, 1]), rows: 1 });
    expect(workers).toHaveLength(1);
    await vi.waitFor(() => expect(workers[0].terminated).toBe(true));
    expect(await codec.decode(new Uint8Array([7]))).toEqual(new Uint8Array([7]));
    expect(workers).toHaveLength(2);
    expect(workers[1].terminated).toBe(false);
  });

  it('never stops while a call is in flight, however long it takes', async () => {
    const { codec, workers } = codecWith(60, 10);
    const [a, b] = await Promise.all([codec.encode(new Uint8Array([1, 2])), codec.encode(new Uint8Array([3, 4]))]);
    expect(a.bytes).toEqual(new Uint8Array([2, 1]));
    expect(b.bytes).toEqual(new Uint8Array([4, 3]));
    expect(workers).toHaveLength(1);
    await vi.waitFor(() => expect(workers[0].terminated).toBe(true));
  });
});
