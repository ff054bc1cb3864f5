import { describe, expect, it } from 'vitest';
import type { TimelineOutput } from '@/lib/kernel/outputs';
import { createSim } from './index';
import { testHost } from './test-host';

describe('run results', () => {
  const { host, outputs, charts, loads } = testHost('2024-01-16T00:00:00');
  const sim = createSim(host);
  const source = sim.source({ seed: 9, rate: 2, duration: '30m', types: { click: 3, payment: 1 }, delay: { jitter: '2s' }, late: { share: 0.05, by: '2m' } });
  const run = sim.processor({ name: '스트림', perEvent: '100ms', window: sim.tumbling('5m', { watermark: '10s' }) }).run(source);

  it('gives rows with text times and a summary row that compares runs', () => {
    const row = run.rows('events')[0];
    expect(Object.keys(row)).toEqual(['event_id', 'source', 'event_type', 'key', 'amount', 'event_time', 'arrival_time', 'processed_at', 'result_at', 'latency_ms', 'late', 'dropped', 'corrected']);
    expect(row.event_time).toMatch(/^2024-01-16 00:\d\d:\d\d(\.\d{3})?$/);
    const batch = sim.processor({ name: '배치', mode: 'batch', every: '10m', startup: '30s', perEvent: '5ms' }).run(source);
    expect(sim.compare([run, batch]).map((r) => [r.name, r.mode, r.events])).toEqual([['스트림', 'stream', source.length], ['배치', 'batch', source.length]]);
    expect(run.rows('latency').length).toBeGreaterThan(5);
    expect(run.rows('throughput').reduce((n, r) => n + (r.processed as number), 0)).toBe(source.length);
  });

  it('draws latency, throughput and window charts straight from the run', () => {
    run.chart('latency');
    run.chart('throughput', { bucket: '5m' });
    run.chart('windows');
    expect(charts).toHaveLength(3);
    expect(charts[0]).toMatchObject({ type: 'line', x: 'time', title: expect.stringContaining('종단 지연') });
    expect((charts[1] as { data: unknown[] }).data).toHaveLength(7); // 30 min of 5-minute buckets, the last results spill into a 7th
    expect(() => run.chart('pie' as never)).toThrow(/kind must be/);
  });

  it('loads its events and windows into tables with SQL time types', async () => {
    await run.toTable('stream_events');
    await run.toTable('stream_windows', 'windows');
    expect(loads.map((l) => [l.table, l.rows.length])).toEqual([['stream_events', source.length], ['stream_windows', run.windows.length]]);
  });

  it('plays back as a timeline: a sample of events flowing through the lanes, with the watermark', () => {
    run.timeline({ limit: 50 });
    const tl = outputs.at(-1) as TimelineOutput;
    expect(tl.kind).toBe('timeline');
    expect(tl.lanes.map((l) => l.label)).toEqual(['발생 (이벤트 시각)', '도착', '처리', '창 (이벤트 시각)', '결과 반영']);
    expect(tl.sample).toEqual({ shown: 50, total: source.length });
    const flows = new Set(tl.items.filter((i) => i.flow !== undefined).map((i) => i.flow));
    expect(flows.size).toBe(50);
    expect(tl.marker?.label).toBe('워터마크');
    expect(tl.counters?.find((c) => c.label === '처리')?.points.at(-1)).toBe(50);
    expect(tl.start).toBeLessThan(tl.end);
    expect(() => run.timeline({ limit: 5000 })).toThrow(/limit/);
    // The sample keeps the late events of its range: they are what a timeline is for.
    const lateFlows = new Set(tl.items.filter((i) => i.tone === 'late' && i.lane === 0).map((i) => i.flow));
    expect(lateFlows.size).toBe(12); // a quarter of 50; an even spread would have caught about 2
  });
});

describe('event log (Kappa)', () => {
  const { host } = testHost('2024-01-16T00:00:00');
  const sim = createSim(host);

  it('is append-only with increasing offsets, and replays reproduce event-time results', () => {
    const log = sim.log('orders');
    const first = sim.source({ seed: 1, rate: 1, duration: '10m', types: 'order' });
    const second = sim.source({ seed: 2, rate: 1, duration: '10m', types: 'order', start: '2024-01-16 00:10' });
    expect(log.append(first)).toEqual({ from: 0, to: first.length });
    expect(log.append(second)).toEqual({ from: first.length, to: first.length + second.length });
    expect(log.read(first.length, first.length + 1)[0].id).toBe(second.events[0].id);
    const p = sim.processor({ window: sim.tumbling('5m') });
    const live = p.run(log);
    const replay = log.replay(p, { at: '2024-01-17 00:00' });
    expect(replay.name).toBe('stream (replay)');
    const counts = (r: typeof live) => r.windows.map((w) => [w.window_start, w.count]);
    expect(counts(replay)).toEqual(counts(live));
    // A new version of the processor (10-minute windows) over the same history.
    expect(log.replay(sim.processor({ window: sim.tumbling('10m') })).windows.reduce((n, w) => n + w.count, 0)).toBe(log.length);
    expect(log.rows()[0].offset).toBe(0);
    expect(() => log.replay(p, { from: 10_000 })).toThrow(/nothing to replay/);
  });
});

describe('sim.schedule', () => {
  it('runs a job per tick with the lesson clock at the tick, records failures, and puts the clock back', async () => {
    const { host, moves } = testHost('2024-01-16T09:00:00');
    const sim = createSim(host);
    const rows = await sim.schedule({ every: '1d', start: '2024-01-14 02:00', times: 3 }, async (tick) => {
      if (tick.run === 2) throw new Error('disk full');
      return `${tick.date} ${tick.yesterday} ${host.clock.api.today()}`;
    });
    expect(rows).toEqual([
      { run: 1, scheduled_at: '2024-01-14 02:00:00', ok: true, result: '2024-01-14 2024-01-13 2024-01-14', error: null },
      { run: 2, scheduled_at: '2024-01-15 02:00:00', ok: false, result: null, error: 'Error: disk full' },
      { run: 3, scheduled_at: '2024-01-16 02:00:00', ok: true, result: '2024-01-16 2024-01-15 2024-01-16', error: null },
    ]);
    expect(moves.at(-1)).toBe('2024-01-16T09:00:00');
    expect(host.clock.api.format()).toBe('2024-01-16 09:00:00');
  });
});

