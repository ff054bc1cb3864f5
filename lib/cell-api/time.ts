/**
 * Time for the toolkit (clock, simulator, retries, data generators), without time zones.
 *
 * A lesson's times are wall-clock times with no zone (`2024-01-16 09:00:00`), like DuckDB's
 * TIMESTAMP. They are held as milliseconds since 1970-01-01 00:00:00 *read as UTC*, so
 * `new Date(ms)` has the wall clock in its UTC fields, a `Date` bound to SQL becomes the same
 * TIMESTAMP, and nothing depends on the machine's time zone or locale.
 */

/** A span of time: milliseconds, text like `'500ms'`, `'90s'`, `'5m'`, `'1h30m'`, `'2d'`, or parts. */
export type Duration =
  | number
  | string
  | { days?: number; hours?: number; minutes?: number; seconds?: number; ms?: number };

/** A point in time: ms, a `Date`, or text `'YYYY-MM-DD'`, `'YYYY-MM-DD HH:MM[:SS[.mmm]]'` (a `T` works too). */
export type TimeLike = number | Date | string;

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const UNITS: Record<string, number> = { ms: 1, s: SECOND, m: MINUTE, h: HOUR, d: DAY };
const DURATION_PART = /\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/gy;
const TIME_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;

/** A toolkit argument that cannot be understood; the message says what was expected. */
export class ToolkitError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'ToolkitError';
  }
}

const describe = (v: unknown) => (typeof v === 'string' ? `'${v}'` : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** A duration in milliseconds. Negative or unreadable durations throw a `ToolkitError`. */
export function toMs(d: Duration, what = 'duration'): number {
  let ms: number;
  if (typeof d === 'number') ms = d;
  else if (typeof d === 'string') {
    const text = d.trim();
    DURATION_PART.lastIndex = 0;
    ms = 0;
    let read = 0;
    let m: RegExpExecArray | null;
    while ((m = DURATION_PART.exec(text)) !== null) {
      ms += Number(m[1]) * UNITS[m[2]];
      read = DURATION_PART.lastIndex;
    }
    if (read !== text.length || text === '') {
      throw new ToolkitError(`${what} ${describe(d)} is not a duration: write e.g. '500ms', '30s', '5m', '1h30m', '2d' or a number of ms`);
    }
  } else if (typeof d === 'object' && d !== null) {
    const { days = 0, hours = 0, minutes = 0, seconds = 0, ms: millis = 0 } = d;
    ms = days * DAY + hours * HOUR + minutes * MINUTE + seconds * SECOND + millis;
  } else {
    throw new ToolkitError(`${what} must be a number of ms, text like '5m' or { minutes: 5 }, got ${describe(d)}`);
  }
  if (!Number.isFinite(ms) || ms < 0) throw new ToolkitError(`${what} must be a finite, non-negative duration, got ${describe(d)}`);
  return ms;
}

/** A point in time as ms (see the module doc). Text is wall-clock time; a `Date` keeps its instant. */
export function toTime(t: TimeLike, what = 'time'): number {
  if (typeof t === 'number') {
    if (!Number.isFinite(t)) throw new ToolkitError(`${what} must be a finite number of ms, got ${t}`);
    return t;
  }
  if (t instanceof Date) {
    const ms = t.getTime();
    if (Number.isNaN(ms)) throw new ToolkitError(`${what} is an Invalid Date`);
    return ms;
  }
  if (typeof t === 'string') {
    const m = TIME_TEXT.exec(t.trim());
    if (m) {
      const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((x) => Number(x ?? 0));
      const ms = Number((m[7] ?? '').padEnd(3, '0') || 0);
      const value = Date.UTC(y, mo - 1, d, h, mi, s, ms);
      const back = new Date(value);
      if (back.getUTCDate() === d && back.getUTCMonth() === mo - 1 && h < 24 && mi < 60 && s < 60) return value;
    }
  }
  throw new ToolkitError(`${what} ${describe(t)} is not a time: write 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM:SS', a Date or ms`);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Formats a time with the tokens YYYY MM DD HH mm ss SSS (anything else is kept), e.g.
 * `'YYYY-MM-DD HH:mm:ss'` (the default, DuckDB's TIMESTAMP text) or `'HH:mm'`.
 */
export function formatTime(t: TimeLike, pattern = 'YYYY-MM-DD HH:mm:ss'): string {
  const d = new Date(toTime(t));
  const parts: Record<string, string> = {
    YYYY: pad(d.getUTCFullYear(), 4),
    MM: pad(d.getUTCMonth() + 1),
    DD: pad(d.getUTCDate()),
    HH: pad(d.getUTCHours()),
    mm: pad(d.getUTCMinutes()),
    ss: pad(d.getUTCSeconds()),
    SSS: pad(d.getUTCMilliseconds(), 3),
  };
  return pattern.replace(/YYYY|SSS|MM|DD|HH|mm|ss/g, (token) => parts[token]);
}

/** `'YYYY-MM-DD HH:MM:SS'`, with `.mmm` only when the time has milliseconds (as DuckDB prints). */
export function timestampText(ms: number): string {
  const whole = Math.floor(ms);
  return formatTime(whole, whole % 1000 === 0 ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm:ss.SSS');
}

/** The calendar day of a time, `'YYYY-MM-DD'`. */
export function dateText(ms: number): string {
  return formatTime(ms, 'YYYY-MM-DD');
}

/** Midnight at the start of the day of `ms`. */
export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** A short human duration for labels: `850ms`, `2s`, `1.5s`, `4m 10s`, `2h 5m`. */
export function durationText(ms: number): string {
  if (ms < SECOND) return `${Math.round(ms)}ms`;
  if (ms < MINUTE) return `${Math.round(ms / 100) / 10}s`;
  if (ms < HOUR) {
    const s = Math.round((ms % MINUTE) / SECOND);
    return s ? `${Math.floor(ms / MINUTE)}m ${s}s` : `${Math.floor(ms / MINUTE)}m`;
  }
  const m = Math.round((ms % HOUR) / MINUTE);
  return m ? `${Math.floor(ms / HOUR)}h ${m}m` : `${Math.floor(ms / HOUR)}h`;
}
