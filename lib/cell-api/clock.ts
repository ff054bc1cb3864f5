/**
 * The lesson clock in TypeScript cells: the same fixed "now" as SQL's `lesson_now()`,
 * `lesson_today()` and `lesson_yesterday()`, so "yesterday's sales" means one thing on every
 * machine. Moving it (`advance`, `set`, `reset`) moves the SQL macros too: the runner tells the
 * page, which redefines them before the cell's next query. The page keeps the current clock and
 * sends it with every run, so a replaced runner (after Stop) still agrees with the database.
 */
import { dateText, DAY, formatTime, toMs, toTime, ToolkitError, type Duration, type TimeLike } from './time';

/** The clock text the kernel and the SQL macros use: `YYYY-MM-DDTHH:MM:SS[.mmm]`. */
export function clockText(ms: number): string {
  const whole = Math.floor(ms);
  return formatTime(whole, whole % 1000 === 0 ? 'YYYY-MM-DDTHH:mm:ss' : 'YYYY-MM-DDTHH:mm:ss.SSS');
}

/** The lesson clock of a run: where the lesson starts, and where the clock is now. */
export interface ClockState {
  start: string;
  now: string;
}

/** Same as `DEFAULT_CLOCK` in lib/lesson/schema.ts (not imported: the runner must not bundle zod). */
export const FALLBACK_CLOCK = '2024-01-16T09:00:00';

/** What `clock` offers a cell (see dts-toolkit.ts for the documentation students read). */
export interface LessonClock {
  now(): Date;
  today(): string;
  yesterday(): string;
  /** Days before today, `'YYYY-MM-DD'`. */
  daysAgo(days: number): string;
  readonly start: Date;
  advance(by: Duration): Date;
  set(time: TimeLike): Date;
  reset(): Date;
  format(time?: TimeLike, pattern?: string): string;
  parse(time: TimeLike): Date;
  add(time: TimeLike, by: Duration): Date;
  ms(by: Duration): number;
}

/** The runner's side of the clock: the cell API plus the hooks the runtime drives. */
export interface RunnerClock {
  api: LessonClock;
  /** Adopts the page's clock at the start of a run. */
  sync(state: ClockState): void;
  /** The current clock in ms (for toolkit defaults such as a source's start). */
  nowMs(): number;
}

/**
 * Creates the clock. `onChange` receives the new clock text whenever a cell moves it; the
 * runtime forwards it to the page (which updates the SQL macros).
 */
export function createRunnerClock(onChange: (text: string) => void, initial: ClockState = { start: FALLBACK_CLOCK, now: FALLBACK_CLOCK }): RunnerClock {
  let startMs = toTime(initial.start);
  let nowMs = toTime(initial.now);

  const move = (to: number): Date => {
    if (to !== nowMs) {
      nowMs = to;
      onChange(clockText(to));
    }
    return new Date(nowMs);
  };

  const api: LessonClock = {
    now: () => new Date(nowMs),
    today: () => dateText(nowMs),
    yesterday: () => dateText(nowMs - DAY),
    daysAgo(days: number) {
      if (!Number.isInteger(days)) throw new ToolkitError(`clock.daysAgo: days must be a whole number, got ${days}`);
      return dateText(nowMs - days * DAY);
    },
    get start() {
      return new Date(startMs);
    },
    advance: (by: Duration) => move(nowMs + toMs(by, 'clock.advance')),
    set: (time: TimeLike) => move(toTime(time, 'clock.set')),
    reset: () => move(startMs),
    format: (time: TimeLike = nowMs, pattern?: string) => formatTime(toTime(time, 'clock.format'), pattern),
    parse: (time: TimeLike) => new Date(toTime(time, 'clock.parse')),
    add: (time: TimeLike, by: Duration) => new Date(toTime(time, 'clock.add') + toMs(by, 'clock.add')),
    ms: (by: Duration) => toMs(by),
  };

  return {
    api,
    sync(state) {
      startMs = toTime(state.start);
      nowMs = toTime(state.now);
    },
    nowMs: () => nowMs,
  };
}
