/**
 * The data-engineering toolkit a cell gets on top of the basics: the lesson `clock`, `db.load`,
 * seeded `data` generators, the virtual-time simulator `sim`, `faults` and `retry`. Built once
 * per runner by install.ts; everything here runs in the runner worker.
 */
import type { Output } from '@/lib/kernel/outputs';
import { createRunnerClock, type RunnerClock } from './clock';
import { loadRows, type LoadOptions, type LoadTransport } from './load-rows';

/** What the toolkit needs from the runner. */
export interface ToolkitHost {
  /** Shows an output below the running cell. */
  emit(output: Output): void;
  /** Bulk loads rows into a table; absent where there is no database (then `db.load` throws). */
  load?: LoadTransport;
  /** The lesson clock; a fixed stand-alone one when absent. */
  clock?: RunnerClock;
}

/** The toolkit's globals and the `db.load` function that install.ts adds to `db`. */
export function createToolkit(host: ToolkitHost) {
  const clock = host.clock ?? createRunnerClock(() => {});
  const load = (table: string, rows: readonly unknown[], options?: LoadOptions): Promise<number> => {
    if (!host.load) return Promise.reject(new Error('db.load: there is no database to load into'));
    return loadRows(host.load, table, rows, options);
  };
  return {
    load,
    globals: {
      clock: clock.api,
    },
  };
}
