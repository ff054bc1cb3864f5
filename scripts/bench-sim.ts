/**
 * Simulator throughput: events per second generated and processed on virtual time, the figure
 * issue 4 asks for (at least 1,000,000 events/s). The simulator is plain JS running in the
 * runner worker; here it runs in node, on the same V8. Reports the median of several runs,
 * as wall-clock and as CPU time (CPU time is steadier on a shared, loaded machine).
 *
 *   npx tsx scripts/bench-sim.ts [events=1000000] [repeats=5]
 *
 * `benchSimulator()` is exported for `npm run bench` to call.
 */
import { createRunnerClock } from '../lib/cell-api/clock';
import { createSim } from '../lib/cell-api/sim';
import type { SimHost } from '../lib/cell-api/sim/types';

/** One measured scenario (rates in events per second). */
export interface SimBenchResult {
  scenario: string;
  events: number;
  /** Median ms to generate the source (wall, CPU). */
  generateMs: number;
  generateCpuMs: number;
  /** Median ms for processor.run plus run.metrics (wall, CPU). */
  processMs: number;
  processCpuMs: number;
  eventsPerSec: number;
  eventsPerCpuSec: number;
}

const host: SimHost = {
  emit: () => {},
  chart: () => {},
  load: async (_table, rows) => rows.length,
  clock: createRunnerClock(() => {}, { start: '2024-01-15T00:00:00', now: '2024-01-15T00:00:00' }),
};

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function measure<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const c0 = cpuMs();
  const t0 = performance.now();
  const value = fn();
  return { value, wall: performance.now() - t0, cpu: cpuMs() - c0 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs the scenarios: a simulated day of `events` events through stream and micro-batch processors. */
export function benchSimulator(events = 1_000_000, repeats = 5): SimBenchResult[] {
  const sim = createSim(host);
  const spec = {
    seed: 1, rate: events / 86_400, duration: '1d', types: { click: 8, payment: 2 },
    delay: { base: '50ms', jitter: '2s' }, late: { share: 0.01, by: ['1m', '10m'] as [string, string] },
  };
  const scenarios: [string, () => ReturnType<typeof sim.processor>][] = [
    ['stream, 1-minute tumbling windows, watermark 10 s, late updates', () =>
      sim.processor({ perEvent: '1ms', window: sim.tumbling('1m', { watermark: '10s', late: 'update', allowedLateness: '5m' }) })],
    ['stream, two handlers per type (fan-out), no window', () => {
      let sum = 0;
      return sim.processor({ perEvent: '1ms' })
        .on('payment', (e) => void (sum += e.amount ?? 0))
        .on(['click', 'payment'], (e, ctx) => void (sum += ctx.now - e.eventTime))
        .on('*', () => void sum++);
    }],
    ['micro-batch every 1 minute, 5-minute sliding windows every minute', () =>
      sim.processor({ mode: 'micro-batch', every: '1m', startup: '2s', perEvent: '1ms', window: sim.sliding('5m', '1m', { watermark: '30s' }) })],
  ];
  const results: SimBenchResult[] = [];
  for (const [scenario, make] of scenarios) {
    const gen: { wall: number; cpu: number }[] = [];
    const proc: { wall: number; cpu: number }[] = [];
    let n = 0;
    for (let k = 0; k < repeats; k++) {
      const source = measure(() => sim.source(spec));
      const processor = make();
      const run = measure(() => processor.run(source.value).metrics);
      n = run.value.events;
      gen.push(source);
      proc.push(run);
    }
    const processMs = median(proc.map((p) => p.wall));
    const processCpuMs = median(proc.map((p) => p.cpu));
    results.push({
      scenario, events: n,
      generateMs: Math.round(median(gen.map((g) => g.wall))), generateCpuMs: Math.round(median(gen.map((g) => g.cpu))),
      processMs: Math.round(processMs), processCpuMs: Math.round(processCpuMs),
      eventsPerSec: Math.round(n / (processMs / 1000)), eventsPerCpuSec: Math.round(n / (processCpuMs / 1000)),
    });
  }
  return results;
}

// CLI: print a table.
if (process.argv[1] && /bench-sim\.ts$/.test(process.argv[1])) {
  const [events = '1000000', repeats = '5'] = process.argv.slice(2);
  const fmt = (x: number) => x.toLocaleString('en-US');
  for (const r of benchSimulator(Number(events), Number(repeats))) {
    console.log(`${r.scenario}\n  ${fmt(r.events)} events: generate ${fmt(r.generateMs)} ms (cpu ${fmt(r.generateCpuMs)} ms), ` +
      `process ${fmt(r.processMs)} ms (cpu ${fmt(r.processCpuMs)} ms) → ${fmt(r.eventsPerSec)} events/s (${fmt(r.eventsPerCpuSec)} per CPU-second)`);
  }
}
