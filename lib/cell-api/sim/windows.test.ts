import { describe, expect, it } from 'vitest';
import { createSim } from './index';
import { ev, testHost, T0 } from './test-host';

const sim = createSim(testHost().host);

/** Seconds after T0 of a result's text time. */
const s = (text: string | null) => (text === null ? null : (Date.parse(text.replace(' ', 'T') + 'Z') - T0) / 1000);

// By arrival: e5 (event 7 s) arrives after the watermark has passed 10 s, the end of its window.
const EVENTS = [ev(0, 1, 1), ev(1, 4, 5), ev(2, 11, 11), ev(3, 8, 12), ev(4, 13, 13), ev(5, 7, 14), ev(6, 25, 26)];

describe('tumbling windows with a watermark (hand-computed)', () => {
  it('emits each window when the watermark passes its end; a late event is dropped', () => {
    const run = sim.processor({ window: sim.tumbling('10s', { watermark: '2s' }) }).run(EVENTS);
    expect(run.windows.map((w) => [s(w.window_start), w.count, w.sum, s(w.emitted_at), w.version, w.trigger])).toEqual([
      [0, 3, 3, 13, 1, 'watermark'], // e0, e1, e3; watermark 13 − 2 = 11 ≥ 10 when e4 is processed
      [10, 2, 2, 26, 1, 'watermark'], // e2, e4; watermark 25 − 2 = 23
      [20, 1, 1, 26, 1, 'end'], // e6, emitted when the input ends
    ]);
    expect(run.events.map((e) => [e.id, e.late, e.dropped, e.latencyMs === null ? null : e.latencyMs / 1000])).toEqual([
      [0, false, false, 12], [1, false, false, 9], [2, false, false, 15], [3, false, false, 5],
      [4, false, false, 13], [5, true, true, null], [6, false, false, 1],
    ]);
    expect(run.metrics).toMatchObject({ events: 7, late: 1, dropped: 1, corrected: 0 });
    expect(run.metrics.latency.max).toBe(15_000);
  });

  it("with late: 'update', a late event within allowedLateness corrects its window (version 2); later ones are dropped", () => {
    const run = sim.processor({ window: sim.tumbling('10s', { watermark: '2s', late: 'update', allowedLateness: '5s' }) })
      .run([...EVENTS, ev(7, 9, 27)]);
    expect(run.windows.map((w) => [s(w.window_start), w.count, s(w.emitted_at), w.version, w.trigger])).toEqual([
      [0, 3, 13, 1, 'watermark'],
      [0, 4, 14, 2, 'late'], // e5 at 14 s: watermark 11 < 10 + 5
      [10, 2, 26, 1, 'watermark'],
      [20, 1, 27, 1, 'end'],
    ]);
    const byId = new Map(run.events.map((e) => [e.id, e]));
    expect(byId.get(5)).toMatchObject({ late: true, corrected: true, dropped: false, latencyMs: 7_000 });
    expect(byId.get(7)).toMatchObject({ late: true, dropped: true, resultAt: null }); // watermark 23 ≥ 10 + 5
    expect(run.metrics).toMatchObject({ late: 2, dropped: 1, corrected: 1 });
  });

  it('a larger watermark waits longer: nothing is late, results come later', () => {
    const run = sim.processor({ window: sim.tumbling('10s', { watermark: '5s' }) }).run(EVENTS);
    expect(run.metrics.late).toBe(0);
    expect(run.windows.map((w) => [s(w.window_start), w.count, s(w.emitted_at)])).toEqual([[0, 4, 26], [10, 2, 26], [20, 1, 26]]);
  });
});

describe('other windows', () => {
  it('sliding windows count an event in every window that contains it', () => {
    const run = sim.processor({ window: sim.sliding('10s', '5s') }).run([ev(0, 7), ev(1, 12), ev(2, 30)]);
    expect(run.windows.filter((w) => w.count > 0).map((w) => [s(w.window_start), w.count])).toEqual([[0, 1], [5, 2], [10, 1], [25, 1], [30, 1]]);
  });

  it('processing-time windows close on the processor clock and are never late', () => {
    // Event times are wrong on purpose: processing-time windows ignore them.
    const run = sim.processor({ perEvent: '1s', window: sim.tumbling('10s', { time: 'processing' }) })
      .run([ev(0, 100, 2), ev(1, 0, 7), ev(2, 50, 12)]);
    expect(run.windows.map((w) => [s(w.window_start), w.count, s(w.emitted_at), w.trigger])).toEqual([[0, 2, 10, 'clock'], [10, 1, 20, 'clock']]);
    expect(run.metrics.late).toBe(0);
  });

  it('groups results per type and sums a chosen value', () => {
    const events = [ev(0, 1, 1, { type: 'click', amount: null }), ev(1, 2, 2, { type: 'payment', amount: 500 }), ev(2, 3, 3, { type: 'payment', amount: 700 })];
    const run = sim.processor({ window: sim.tumbling('10s', { groupBy: 'type' }) }).run(events);
    expect(run.windows.map((w) => [w.group, w.count, w.sum])).toEqual([['click', 1, 0], ['payment', 2, 1200]]);
    const doubled = sim.processor({ window: sim.tumbling('10s', { value: (e) => (e.amount ?? 0) * 2 }) }).run(events);
    expect(doubled.windows[0].sum).toBe(2400);
  });

  it('refuses unusable window specs with a readable error', () => {
    expect(() => sim.processor({ window: { type: 'hopping' as never, size: '1m' } })).toThrow(/tumbling' or 'sliding/);
    expect(() => sim.processor({ window: sim.tumbling('0s') })).toThrow(/longer than 0/);
    expect(() => sim.processor({ window: sim.tumbling('1m', { late: 'keep' as never }) })).toThrow(/'drop' or 'update'/);
  });
});

