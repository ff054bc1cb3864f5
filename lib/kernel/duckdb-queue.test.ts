import { describe, expect, it } from 'vitest';
import { SerialQueue } from './duckdb-queue';

/** A task that records its start and end and finishes when released. */
function gate(log: string[], name: string) {
  let release!: (value: string) => void;
  const done = new Promise<string>((resolve) => (release = resolve));
  const task = async () => {
    log.push(`start ${name}`);
    const value = await done;
    log.push(`end ${name}`);
    return value;
  };
  return { task, release };
}

describe('SerialQueue', () => {
  it('runs tasks one at a time in call order', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const a = gate(log, 'a');
    const b = gate(log, 'b');
    const pa = queue.run(a.task);
    const pb = queue.run(b.task);
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['start a']);
    expect(queue.busy).toBe(true);
    expect(queue.pending).toBe(1);
    b.release('B'); // b may not start before a ends, even if it could finish
    a.release('A');
    expect(await pa).toBe('A');
    expect(await pb).toBe('B');
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
    expect(queue.busy).toBe(false);
  });

  it('keeps going after a task fails', async () => {
    const queue = new SerialQueue();
    const failing = queue.run(async () => {
      throw new Error('boom');
    });
    const next = queue.run(async () => 'ok');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });

  it('cancelWaiting drops waiting cancellable tasks only', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const running = gate(log, 'running');
    const pr = queue.run(running.task, { cancellable: true });
    const dropped = queue.run(async () => log.push('dropped ran'), { cancellable: true });
    const kept = queue.run(async () => log.push('kept ran'));
    await Promise.resolve();
    expect(queue.cancelWaiting()).toBe(1);
    await expect(dropped).rejects.toMatchObject({ name: 'QueryCancelled' });
    running.release('done'); // the running task is not the queue's to cancel
    await expect(pr).resolves.toBe('done');
    await kept;
    expect(log).toEqual(['start running', 'end running', 'kept ran']);
    expect(queue.cancelWaiting()).toBe(0);
  });
});
