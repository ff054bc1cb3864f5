import { describe, expect, it } from 'vitest';
import { countUpTo, flowPaths, ticks, timeLabel, tonesUsed, valueAt } from './timeline-geometry';

describe('timeline geometry', () => {
  it('reads a step series at the playhead', () => {
    const wm = [10, 5, 20, 12, 30, 25];
    expect([0, 10, 15, 20, 29, 99].map((at) => valueAt(wm, at))).toEqual([undefined, 5, 5, 12, 12, 25]);
    expect(valueAt([], 5)).toBeUndefined();
  });

  it('counts what is visible at the playhead', () => {
    const times = [1, 2, 2, 5, 9];
    expect([0, 1, 2, 4, 9, 10].map((at) => countUpTo(times, at))).toEqual([0, 1, 3, 3, 5, 5]);
  });

  it("joins each flow's items in time order and drops single points", () => {
    const paths = flowPaths([
      { lane: 2, at: 30, tone: 'ok', flow: 1 }, { lane: 0, at: 10, tone: 'event', flow: 1 }, { lane: 1, at: 20, tone: 'event', flow: 1 },
      { lane: 0, at: 5, tone: 'event', flow: 2 }, { lane: 3, at: 0, end: 100, tone: 'window' },
    ]);
    expect(paths).toEqual([[{ lane: 0, at: 10 }, { lane: 1, at: 20 }, { lane: 2, at: 30 }]]);
  });

  it('puts ticks on round times and labels clock or elapsed axes in Korean', () => {
    expect(ticks(0, 10_000)).toEqual([0, 2000, 4000, 6000, 8000, 10000]);
    const t0 = Date.UTC(2024, 0, 16, 9, 0, 0);
    expect(ticks(t0 + 1, t0 + 3_600_000)).toEqual([1, 2, 3, 4, 5, 6].map((k) => t0 + k * 600_000));
    expect(timeLabel(t0 + 61_000, { axis: 'clock', start: t0, end: t0 + 3_600_000 })).toBe('09:01:01');
    expect(timeLabel(t0 + 1_250, { axis: 'clock', start: t0, end: t0 + 5_000 })).toBe('09:00:01.250');
    expect(timeLabel(6_000, { axis: 'elapsed', start: 0, end: 14_800 })).toBe('6.0초');
  });

  it('lists the tones in use for the legend, in a stable order', () => {
    expect(tonesUsed([{ lane: 0, at: 0, tone: 'wait' }, { lane: 0, at: 0, tone: 'ok' }, { lane: 0, at: 1, tone: 'ok' }])).toEqual(['ok', 'wait']);
  });
});
