import { afterEach, describe, expect, test, vi } from 'vitest';
import { adoptPrewarmed, prewarm } from './runner-prewarm';

/** Stands in for a Worker: the test says what the worker posts. */
class FakeWorker {
  onmessage: ((e: MessageEvent) => unknown) | null = null;
  onerror: ((e: ErrorEvent) => unknown) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  say(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

afterEach(() => {
  adoptPrewarmed(); // nothing left over for the next test
  vi.unstubAllGlobals();
});

describe('runner prewarm', () => {
  test('the adopter gets what the worker said before it listened, then everything after, in order', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const fake = new FakeWorker();
    prewarm(() => fake as unknown as Worker);
    fake.say({ type: 'ready' });
    const runner = adoptPrewarmed()!;
    const heard: unknown[] = [];
    runner.onmessage = (e) => heard.push(e.data);
    runner.onerror = () => {};
    fake.say({ type: 'pong' }); // even before the replay's microtask, it comes second
    await Promise.resolve();
    fake.say({ type: 'later' });
    expect(heard).toEqual([{ type: 'ready' }, { type: 'pong' }, { type: 'later' }]);
    runner.postMessage({ type: 'lang', lang: 'en' });
    runner.terminate();
    expect(fake.posted).toEqual([{ type: 'lang', lang: 'en' }]);
    expect(fake.terminated).toBe(true);
  });

  test('is adopted once; without a prewarm (or without Worker) there is nothing to adopt', () => {
    expect(adoptPrewarmed()).toBeUndefined();
    prewarm(() => new FakeWorker() as unknown as Worker); // no Worker global: ignored
    expect(adoptPrewarmed()).toBeUndefined();
    vi.stubGlobal('Worker', FakeWorker);
    prewarm(() => new FakeWorker() as unknown as Worker);
    expect(adoptPrewarmed()).toBeDefined();
    expect(adoptPrewarmed()).toBeUndefined();
  });
});
