import type { LakeCodec } from './service';

type DisposableCodec = LakeCodec & { dispose(): void };

/**
 * A codec that loads the real one (the worker client) with its first encode or decode: every
 * kernel makes a codec, but most lesson pages never touch the lake, so the client stays out of
 * their first-load scripts. A failed load is retried by the next call; dispose reaches the real
 * codec only if it was loaded.
 */
export function lazyCodec(load: () => Promise<DisposableCodec>): DisposableCodec {
  let codec: Promise<DisposableCodec> | undefined;
  const get = () =>
    (codec ??= load().catch((e: unknown) => {
      codec = undefined;
      throw e;
    }));
  return {
    encode: async (ipc) => (await get()).encode(ipc),
    decode: async (parquet, limit) => (await get()).decode(parquet, limit),
    dispose: () => void codec?.then((c) => c.dispose(), () => undefined),
  };
}
