/**
 * Node-only: the Parquet codec in-process (no worker), with the wasm read from node_modules.
 * For unit tests and the benchmark; the page uses the codec worker (codec-client.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arrowToParquet, initParquetCodec, parquetToArrow } from './codec';
import type { LakeCodec } from './service';

const require = createRequire(import.meta.url);

/** The codec, ready to use. */
export async function inProcessCodec(): Promise<LakeCodec> {
  await initParquetCodec(new Uint8Array(readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm'))));
  return {
    // Like the worker codec, take the caller's buffer: a caller that reads it afterwards fails here too.
    encode: async (ipc) => arrowToParquet(structuredClone(ipc, { transfer: [ipc.buffer as ArrayBuffer] })),
    decode: async (bytes, limit) => parquetToArrow(bytes, { limit }),
  };
}
