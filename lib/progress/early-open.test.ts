import { afterEach, describe, expect, test, vi } from 'vitest';
import { EarlyOpen } from './early-open';

afterEach(() => vi.unstubAllGlobals());

describe('EarlyOpen', () => {
  test('the first take gets the open started early; later takes open anew', async () => {
    vi.stubGlobal('indexedDB', {});
    let opens = 0;
    const early = new EarlyOpen(async () => ++opens);
    early.start();
    early.start();
    expect(opens).toBe(1);
    expect(await early.take()).toBe(1);
    expect(await early.take()).toBe(2);
  });

  test('without IndexedDB nothing opens early, and a failed early open reaches whoever takes it', async () => {
    let opens = 0;
    const none = new EarlyOpen(async () => ++opens);
    none.start();
    expect(opens).toBe(0);
    vi.stubGlobal('indexedDB', {});
    const failing = new EarlyOpen(() => Promise.reject(new Error('blocked')));
    failing.start();
    await new Promise((r) => setTimeout(r, 0)); // no unhandled rejection meanwhile
    await expect(failing.take()).rejects.toThrow('blocked');
  });
});
