/**
 * Runner side of the lake bridge: a cell's lake call becomes a `lake-request` to the page, which
 * owns the lake, and settles when the matching `lake-reply` (same `reqId`) comes back.
 */
import type { LakeCall } from '@/lib/lake/calls';
import type { LakeReplyMessage, LakeRequestMessage } from '@/lib/kernel/protocol';

/** Sends one lake call for the current run; resolves to the page's result. */
export type LakeTransport = (call: LakeCall) => Promise<unknown>;

/** Correlates lake requests and replies by id. */
export interface LakeBridge {
  request(runId: number, call: LakeCall): Promise<unknown>;
  /** Settles the request a reply answers; unknown ids are ignored (a reply after a restart). */
  handleReply(reply: LakeReplyMessage): void;
}

/** Creates a bridge that posts requests with `post` (Arrow buffers are transferred, not copied). */
export function createLakeBridge(post: (message: LakeRequestMessage, transfer: Transferable[]) => void): LakeBridge {
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>();
  return {
    request(runId, call) {
      const reqId = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(reqId, { resolve, reject });
        const transfer = call.op === 'write' && call.source.kind === 'arrow' ? [call.source.ipc.buffer as ArrayBuffer] : [];
        try {
          post({ type: 'lake-request', reqId, runId, call }, transfer);
        } catch (e) {
          // A parameter the structured clone cannot copy: fail this call, not the runner.
          pending.delete(reqId);
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    },
    handleReply(reply) {
      const waiter = pending.get(reply.reqId);
      if (!waiter) return;
      pending.delete(reply.reqId);
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
    },
  };
}
