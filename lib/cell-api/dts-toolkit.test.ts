import { describe, expect, it } from 'vitest';
import { CELL_API_DTS } from './dts';
import { cellDiagnostics } from './dts-check';

// The codes the editor ignores because cells share one program (components/cell/monaco-setup.ts).
const EDITOR_IGNORES = [1375, 1378, 1431, 1432, 2300, 2393, 2451, 2567, 6133];

const VALID = `
async function cell() {
  const today: string = clock.today();
  const now: Date = clock.advance({ hours: 1 });
  clock.set('2024-01-20 02:00'); clock.reset();
  const label = clock.format(clock.add(now, '30m'), 'HH:mm') + clock.yesterday() + clock.daysAgo(7) + clock.ms('5m');
  const orders = datasets.orders({ seed: 7, n: 500, missing: 0.05, duplicates: 0.01 });
  const amount: number | null = orders[0].amount;
  await orders.toTable('orders');
  await datasets.customers({ n: 20 }).toTable('customers');
  const clicks = datasets.clicks({ n: 100 }).filter((e) => e.page === '/cart');
  const r = datasets.random(2024);
  const x = r.int(1, 6) + r.next() + r.exponential(2);
  const kind: 'click' | 'payment' = r.weighted({ click: 8, payment: 2 });
  await db.load('clicks', clicks, { mode: 'append', types: { amount: 'DOUBLE' } });

  const src = sim.source({ seed: 1, rate: 20, duration: '1h', types: { click: 9, payment: 1 }, delay: { base: 50, jitter: '500ms' },
    late: { share: 0.02, by: ['1m', '10m'] }, bursts: { every: '15m', length: '1m', factor: 5 } });
  const fromRows = sim.from(await sql\`SELECT * FROM events\`, { arrivalTime: 'received_at' });
  const both = sim.merge(src, fromRows);
  const alerts: string[] = [];
  const p = sim.processor({ name: 'stream', perEvent: '20ms', window: sim.tumbling('1m', { watermark: '10s', late: 'update', allowedLateness: '5m', groupBy: 'type' }) })
    .on('payment', (e, ctx) => { if ((e.amount ?? 0) > 10_000) alerts.push(e.key + ctx.now); })
    .on(['click', 'payment'], (e, ctx) => ctx.emit({ id: e.id, late: ctx.late }));
  const run: Sim.Run = p.run(both);
  const batch = sim.processor({ mode: 'micro-batch', every: '5m', startup: '2s', perEvent: '2ms', window: sim.sliding('10m', '5m') }).run([src, fromRows]);
  const p95: number = run.metrics.latency.p95;
  const rows = sim.compare([run, batch]);
  run.chart('latency', { bucket: '5m' }); run.chart('throughput'); run.chart('windows');
  run.timeline({ limit: 200, from: '2024-01-16 09:00' });
  await run.toTable('stream_events'); await run.toTable('w', 'windows');
  const late = run.events.filter((e) => e.late && e.latencyMs !== null).length + run.windows[0].version;
  const log = sim.log('orders');
  const offsets: { from: number; to: number } = log.append(src);
  const replay = log.replay(p, { from: offsets.from, rate: 1000 });
  const ticks = await sim.schedule({ every: '1d', start: '2024-01-14 02:00', times: 3 }, async (t) => t.yesterday);

  const api = faults.flaky({ seed: 7, failureRate: 0.3, permanentShare: 0.1, downFor: '10s', latency: ['50ms', '300ms'], value: { rows: 120 } });
  const result = await retry(api, { backoff: 'exponential', delay: '2s', attempts: 6, jitter: 'full', seed: 99, maxTotal: '1m', label: 'exp' });
  if (result.ok) display(result.value!.rows);
  result.timeline(); retry.timeline([result, result], 'compare');
  const waits: number[] = retry.delays({ backoff: 'linear', delay: '2s' }, 3);
  const custom = await retry(async (ctx) => { await ctx.sleep(100); if (ctx.attempt < 2) throw new faults.TransientError('503'); return ctx.elapsed; }, { retryOn: ['TransientError'] });
  const bug = new faults.PermanentError('404') instanceof faults.PermanentError;
  display(today, label, amount, x, kind, rows, p95, late, replay.summary(), ticks, waits, custom.unwrap(), bug, retry.rows([result]));
}
`;

// What lesson 01 declares in its own cells: names like these must not clash with the toolkit's types.
const LESSON_STYLE = `
interface Message { event_id: string; event_type: string }
type Handler = (event: Message) => void;
interface Attempt { strategy: string; attempt: number; at_sec: number }
interface RetryOptions { maxAttempts: number }
class TransientError extends Error {}
class VirtualClock { now = 0; sleep(sec: number) { this.now += sec; } }
function retry<T>(fn: () => T, o: RetryOptions): { ok: boolean; attempts: Attempt[] } { return { ok: true, attempts: [] }; }
const h: Handler = (e) => e.event_type;
const outcome = retry(() => 1, { maxAttempts: 6 });
const ok: boolean = outcome.ok;
`;

describe('TOOLKIT_DTS', () => {
  it('is part of the global cell API script (no import/export)', () => {
    expect(CELL_API_DTS).toContain('declare const sim:');
    expect(CELL_API_DTS).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('type-checks valid use of the whole toolkit without errors', () => {
    expect(cellDiagnostics(VALID)).toEqual([]);
  });

  it("leaves room for a lesson's own Handler, Attempt, TransientError and even retry", () => {
    // Only the cell's diagnostics: the editor shows none for the declaration file.
    expect(cellDiagnostics(LESSON_STYLE, EDITOR_IGNORES).filter((d) => d.startsWith('/cell.ts'))).toEqual([]);
  });

  it('catches misuse: wrong option names and types', () => {
    expect(cellDiagnostics(`sim.source({ rate: '5' });`).join('\n')).toMatch(/TS2322 Type 'string' is not assignable to type 'number'/);
    expect(cellDiagnostics(`sim.processor({ mode: 'realtime' });`).join('\n')).toMatch(/realtime/);
    expect(cellDiagnostics(`retry(() => 1, { backoff: 'random' });`).join('\n')).toMatch(/random/);
    expect(cellDiagnostics(`clock.tomorrow();`).join('\n')).toMatch(/Property 'tomorrow' does not exist/);
  });
});
