import { describe, expect, it } from 'vitest';
import { lazyCodec } from './lazy-codec';

const fake = () => {
  const calls: string[] = [];
  return {
    calls,
    codec: {
      encode: async (ipc: Uint8Array) => (calls.push('encode'), { bytes: ipc, rows: 1 }),
      decode: async (parquet: Uint8Array) => (calls.push('decode'), parquet),
      dispose: () => void calls.push('dispose'),
    },
  };
};

describe('lazyCodec', () => {
  it('loads the real codec once, on the first call, and forwards every call to it', async () => {
    const { calls, codec } = fake();
    let loads = 0;
    const lazy = lazyCodec(async () => (loads++, codec));
    expect(loads).toBe(0);
    await lazy.encode(new Uint8Array([1]));
    await lazy.decode(new Uint8Array([2]));
    expect(loads).toBe(1);
    expect(calls).toEqual(['encode', 'decode']);
  });

  it('disposes the real codec only when it was loaded', async () => {
    const { calls, codec } = fake();
    const unused = lazyCodec(async () => codec);
    unused.dispose();
    await Promise.resolve();
    expect(calls).toEqual([]);
    const used = lazyCodec(async () => codec);
    await used.decode(new Uint8Array([1]));
    used.dispose();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual(['decode', 'dispose']);
  });

  it('retries a load that failed', async () => {
    const { codec } = fake();
    let attempt = 0;
    const lazy = lazyCodec(async () => {
      if (attempt++ === 0) throw new Error('chunk failed');
      return codec;
    });
    await expect(lazy.encode(new Uint8Array([1]))).rejects.toThrow('chunk failed');
    await expect(lazy.encode(new Uint8Array([1]))).resolves.toMatchObject({ rows: 1 });
  });
});
