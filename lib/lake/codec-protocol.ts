/** Typed messages between the page and the lake codec worker. Type-only. */

/** Work for the codec. */
export type CodecRequest =
  | { id: number; op: 'encode'; ipc: Uint8Array }
  | { id: number; op: 'decode'; parquet: Uint8Array; limit?: number };

/** The codec's answer: Parquet bytes and row count (encode) or an Arrow IPC stream (decode). */
export type CodecReply =
  | { id: number; ok: true; bytes: Uint8Array; rows?: number }
  | { id: number; ok: false; name: string; message: string };
