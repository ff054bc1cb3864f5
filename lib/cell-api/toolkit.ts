/**
 * The data-engineering toolkit a cell gets on top of the basics: the lesson `clock`, `db.load`,
 * seeded `datasets` (not `data`: students name their own variables `data` all the time), the virtual-time simulator `sim`, `faults` and `retry`. Built once
 * per runner by install.ts; everything here runs in the runner worker.
 */
import type { Output } from '@/lib/kernel/outputs';
import { validateChartSpec } from './chart';
import { createRunnerClock, type RunnerClock } from './clock';
import { createData } from './data';
import { faults, type AttemptContext } from './faults';
import { loadRows, type LoadOptions, type LoadTransport } from './load-rows';
import { backoffDelays, retry, type RetryOptions, type RetryResult } from './retry';
import { retryRows, retryTimeline } from './retry-timeline';
import { createSim } from './sim';

/** What the toolkit needs from the runner. */
export interface ToolkitHost {
  /** Shows an output below the running cell. */
  emit(output: Output): void;
  /** Bulk loads rows into a table; absent where there is no database (then `db.load` throws). */
  load?: LoadTransport;
  /** The lesson clock; a fixed stand-alone one when absent. */
  clock?: RunnerClock;
}

/** A retry result that can also show itself. */
export type ShownRetryResult<T> = RetryResult<T> & { timeline(title?: string): void; rows(): Record<string, unknown>[] };

/** The toolkit's globals and the `db.load` function that install.ts adds to `db`. */
export function createToolkit(host: ToolkitHost) {
  const clock = host.clock ?? createRunnerClock(() => {});
  const load = (table: string, rows: readonly unknown[], options?: LoadOptions): Promise<number> => {
    if (!host.load) return Promise.reject(new Error('db.load: there is no database to load into'));
    return loadRows(host.load, table, rows, options);
  };
  const chart = (spec: unknown) => host.emit({ kind: 'chart', spec: validateChartSpec(spec) });
  const showTimeline = (results: RetryResult<unknown> | readonly RetryResult<unknown>[], title?: string) =>
    host.emit(retryTimeline(Array.isArray(results) ? results : [results as RetryResult<unknown>], title));

  const retryApi = Object.assign(
    async function retryWithTimeline<T>(fn: (ctx: AttemptContext) => T | Promise<T>, options?: RetryOptions): Promise<ShownRetryResult<T>> {
      const result = await retry(fn, options);
      return Object.assign(result, {
        timeline: (title?: string) => showTimeline(result as RetryResult<unknown>, title),
        rows: () => retryRows([result as RetryResult<unknown>]),
      });
    },
    {
      /** The waits after attempts 1..n−1 (ms), jitter included. */
      delays: (options: RetryOptions = {}, attempts?: number) => backoffDelays(options, attempts),
      /** Shows one or more retries on one timeline, a lane each. */
      timeline: showTimeline,
      /** Every attempt of the given retries as table rows. */
      rows: (results: readonly RetryResult<unknown>[]) => retryRows(results),
    },
  );

  return {
    load,
    globals: {
      clock: clock.api,
      datasets: createData(load, clock.nowMs),
      sim: createSim({ emit: host.emit, chart, load, clock }),
      faults,
      retry: retryApi,
    },
  };
}
