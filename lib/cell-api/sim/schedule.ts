/**
 * Scheduled batch jobs on virtual time: `sim.schedule({ every: '1d', start: '2024-01-14 02:00',
 * times: 3 }, job)` runs `job` once per tick, in order, without waiting. During each run the
 * lesson clock is set to the tick (so SQL's `lesson_today()` / `lesson_yesterday()` are the
 * job's "today" and "yesterday", as for a real nightly job), and put back afterwards.
 */
import { dateText, DAY, formatTime, toMs, toTime, ToolkitError, type Duration, type TimeLike } from '../time';
import type { SimHost } from './types';

/** When a job runs. */
export interface ScheduleSpec {
  every: Duration;
  /** First run (default: the lesson clock's now). */
  start?: TimeLike;
  /** How many runs (default 1, at most 1,000). */
  times?: number;
  /** Move the lesson clock to each tick while its job runs (default true). */
  setClock?: boolean;
}

/** What a job gets: which run, and when it is (virtually). */
export interface Tick {
  run: number;
  at: Date;
  /** `'YYYY-MM-DD'` of the tick, and of the day before (what a nightly job usually processes). */
  date: string;
  yesterday: string;
}

/** One run of a scheduled job. */
export interface ScheduleRow {
  run: number;
  scheduled_at: string;
  ok: boolean;
  result: unknown;
  error: string | null;
}

/** Runs the job once per tick; a failing run is recorded (ok: false) and the schedule goes on. */
export async function runSchedule(spec: ScheduleSpec, job: (tick: Tick) => unknown, host: SimHost): Promise<ScheduleRow[]> {
  if (typeof spec !== 'object' || spec === null) throw new ToolkitError("sim.schedule expects { every: '1d', start: '2024-01-14 02:00', times: 3 } and a job");
  if (typeof job !== 'function') throw new ToolkitError('sim.schedule: the second argument is the job, a function (tick) => ...');
  const every = toMs(spec.every, 'schedule every');
  const times = spec.times ?? 1;
  if (!Number.isInteger(times) || times < 1 || times > 1000) throw new ToolkitError('sim.schedule: times must be a whole number from 1 to 1,000');
  if (every <= 0 && times > 1) throw new ToolkitError('sim.schedule: every must be longer than 0');
  const start = spec.start === undefined ? host.clock.nowMs() : toTime(spec.start, 'schedule start');
  const moveClock = spec.setClock ?? true;
  const before = host.clock.nowMs();
  const rows: ScheduleRow[] = [];
  try {
    for (let run = 1; run <= times; run++) {
      const at = start + (run - 1) * every;
      if (moveClock) host.clock.api.set(at);
      const tick: Tick = { run, at: new Date(at), date: dateText(at), yesterday: dateText(at - DAY) };
      try {
        rows.push({ run, scheduled_at: formatTime(at), ok: true, result: await job(tick), error: null });
      } catch (e) {
        rows.push({ run, scheduled_at: formatTime(at), ok: false, result: null, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
      }
    }
  } finally {
    if (moveClock) host.clock.api.set(before);
  }
  return rows;
}
