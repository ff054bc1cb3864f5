import { describe, expect, it } from 'vitest';
import { createSim } from './index';
import { sortedOrder } from './sort';
import { testHost, T0 } from './test-host';

const sim = createSim(testHost('2024-01-16T00:00:00').host);
const SPEC = { seed: 42, rate: 50, duration: '10m', types: { click: 8, payment: 2 }, delay: { base: '50ms', jitter: '500ms' }, late: { share: 0.05, by: ['1m', '3m'] as [string, string] } };

describe('sim.source', () => {
  it('is deterministic: the same seed gives the same events; another seed does not', () => {
    const a = sim.source(SPEC), b = sim.source(SPEC), c = sim.source({ ...SPEC, seed: 43 });
    expect(a.events).toEqual(b.events);
    expect(c.events.slice(0, 20)).not.toEqual(a.events.slice(0, 20));
    // The same run over the same events gives the same metrics, to the bit.
    const p = sim.processor({ perEvent: '10ms', window: sim.tumbling('1m', { watermark: '5s' }) });
    expect(p.run(a).metrics).toEqual(p.run(b).metrics);
    expect(p.run(a).windows).toEqual(p.run(b).windows);
  });

  it('starts at the lesson clock by default and makes about rate × duration events in arrival order', () => {
    const s = sim.source(SPEC);
    expect(s.start).toBe(T0);
    expect(s.length).toBeGreaterThan(50 * 600 * 0.95);
    expect(s.length).toBeLessThan(50 * 600 * 1.05);
    for (let i = 1; i < s.length; i++) expect(s.events[i].arrivalTime).toBeGreaterThanOrEqual(s.events[i - 1].arrivalTime);
    const types = new Set(s.events.map((e) => e.type));
    expect([...types].sort()).toEqual(['click', 'payment']);
    expect(s.events.filter((e) => e.type === 'payment').every((e) => typeof e.amount === 'number' && e.amount >= 1000)).toBe(true);
    expect(s.events.filter((e) => e.type === 'click').every((e) => e.amount === null && typeof e.data?.page === 'string')).toBe(true);
  });

  it('delays arrivals by the base plus jitter, and a share of events by much more (out of order)', () => {
    const s = sim.source(SPEC);
    const delays = s.events.map((e) => e.arrivalTime - e.eventTime);
    const onTime = delays.filter((d) => d < 60_000);
    expect(Math.min(...onTime)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...onTime)).toBeLessThan(550);
    const late = delays.filter((d) => d >= 60_000);
    expect(late.length / s.length).toBeGreaterThan(0.04);
    expect(late.length / s.length).toBeLessThan(0.06);
    expect(Math.max(...late)).toBeLessThan(180_550);
    const outOfOrder = s.events.filter((e, i) => i > 0 && e.eventTime < s.events[i - 1].eventTime).length;
    expect(outOfOrder).toBeGreaterThan(0);
  });

  it('bursts multiply the rate for their length; count makes exactly n events', () => {
    const s = sim.source({ seed: 1, rate: 10, duration: '1h', bursts: [{ at: '30m', length: '10m', factor: 5 }] });
    const inBurst = s.events.filter((e) => e.eventTime >= T0 + 30 * 60_000 && e.eventTime < T0 + 40 * 60_000).length;
    const before = s.events.filter((e) => e.eventTime >= T0 + 10 * 60_000 && e.eventTime < T0 + 20 * 60_000).length;
    expect(inBurst / before).toBeGreaterThan(4);
    expect(inBurst / before).toBeLessThan(6);
    expect(sim.source({ count: 1234, duration: '1d', bursts: { every: '6h', length: '1h', factor: 3 } }).length).toBe(1234);
  });

  it('skews event times forward for a share of events (a device clock running fast)', () => {
    const s = sim.source({ seed: 3, rate: 5, duration: '10m', skew: { share: 0.1, by: '30s' } });
    const ahead = s.events.filter((e) => e.arrivalTime < e.eventTime);
    expect(ahead.length / s.length).toBeGreaterThan(0.07);
    expect(ahead.length / s.length).toBeLessThan(0.13);
  });

  it('explains a bad spec', () => {
    expect(() => sim.source({ rate: -1 })).toThrow(/rate must be/);
    expect(() => sim.source({ duration: 'an hour' })).toThrow(/duration 'an hour' is not a duration/);
    expect(() => sim.source({ types: {} })).toThrow(/at least one type/);
    expect(() => sim.source({ late: { share: 2, by: '1m' } })).toThrow(/late.share/);
  });
});

describe('sim.from and sim.merge', () => {
  it('make sources from rows (guessing the usual column names) and merge them in arrival order', () => {
    const rows = [
      { event_id: 'E2', event_type: 'order', user_id: 'u1', amount: 12000, event_time: '2024-01-16 08:00:05', received_at: '2024-01-16 08:00:09' },
      { event_id: 'E1', event_type: 'login', user_id: 'u2', amount: null, event_time: '2024-01-16 08:00:01', received_at: '2024-01-16 08:00:02' },
    ];
    const s = sim.from(rows);
    expect(s.events.map((e) => [e.type, e.key, e.amount, e.data?.event_id])).toEqual([['login', 'u2', null, 'E1'], ['order', 'u1', 12000, 'E2']]);
    const other = sim.from([{ time: '2024-01-16 08:00:03' }], { type: 'tick', name: 'clock' });
    expect(sim.merge(s, other).events.map((e) => e.type)).toEqual(['login', 'tick', 'order']);
    expect(() => sim.from([{ what: 1 }])).toThrow(/which field is the event time/);
  });

  it('turns events into table rows with their extra fields', async () => {
    const { host, loads } = testHost('2024-01-16T00:00:00');
    const s = createSim(host).source({ seed: 1, count: 3, duration: '1m', types: 'click' });
    expect(Object.keys(s.rows()[0])).toEqual(['event_id', 'source', 'event_type', 'key', 'amount', 'event_time', 'arrival_time', 'delay_ms', 'page']);
    expect(await s.toTable('clicks')).toBe(3);
    expect(loads[0].table).toBe('clicks');
  });
});

describe('sortedOrder', () => {
  it('sorts like a stable numeric sort, negatives and ties included', () => {
    const keys = Float64Array.from([3, -1, 2.5, 3, -0.5, 1e12, 0, -1e12, 2.5]);
    const expected = [...keys.keys()].sort((a, b) => keys[a] - keys[b] || a - b);
    expect([...sortedOrder(keys)]).toEqual(expected);
    const big = Float64Array.from({ length: 50_000 }, (_, i) => Date.UTC(2024, 0, 16) + ((i * 7919) % 50_000) * 0.37);
    const order = sortedOrder(big);
    for (let i = 1; i < order.length; i++) expect(big[order[i]] >= big[order[i - 1]]).toBe(true);
  });
});
