/**
 * DATE, TIME, TIMESTAMP and INTERVAL values as the strings DuckDB itself prints for
 * `value::VARCHAR`, computed from the raw Arrow integers (days, microseconds...).
 *
 * Working on integers instead of JS `Date` keeps this exact (microseconds, years before
 * 1970 or after 9999, BC dates). Speed comes from caching: result columns repeat the same
 * days and times of day, so date strings and `HH:MM:SS` strings are built once each and a
 * value costs one concatenation (garbage collection of temporaries dominated otherwise).
 */

const INT32_MAX = 2147483647;

/** Year, month, day of a day count since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** `YYYY-MM-DD`, with DuckDB's ` (BC)` marker for years before 1 (year 0 is 1 BC). */
function buildDate(days: number): string {
  const [year, month, day] = civilFromDays(days);
  const bc = year <= 0;
  const date = `${String(bc ? 1 - year : year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  return bc ? `${date} (BC)` : date;
}

/** Date strings by day number; cleared when full so a huge spread of days stays bounded. */
const dateCache = new Map<number, string>();
const DATE_CACHE_LIMIT = 100_000;

function cachedDate(days: number): string {
  let text = dateCache.get(days);
  if (text === undefined) {
    if (dateCache.size >= DATE_CACHE_LIMIT) dateCache.clear();
    text = buildDate(days);
    dateCache.set(days, text);
  }
  return text;
}

/** A DATE (days since 1970-01-01) as `YYYY-MM-DD`; `infinity`/`-infinity` as DuckDB prints them. */
export function formatDate(days: number): string {
  if (days === INT32_MAX) return 'infinity';
  if (days === -INT32_MAX) return '-infinity';
  return cachedDate(days);
}

/** `.ddd` fraction of `units` sub-second units written with `digits` digits, trailing zeros trimmed; '' when zero. */
function fraction(units: number, digits: number): string {
  if (units === 0) return '';
  return `.${String(units).padStart(digits, '0').replace(/0+$/, '')}`;
}

/** `HH:MM:SS` strings by second of the day (0..86400), filled on first use. */
const clockCache: string[] = [];

function clock(totalSeconds: number): string {
  let text = clockCache[totalSeconds];
  if (text === undefined) {
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds - h * 3600) / 60);
    text = `${pad2(h)}:${pad2(m)}:${pad2(totalSeconds - h * 3600 - m * 60)}`;
    if (totalSeconds <= 86400) clockCache[totalSeconds] = text;
  }
  return text;
}

/** `HH:MM:SS[.fff]` from a count of sub-second units since midnight (hours may reach 24). */
export function formatTimeOfDay(units: number, unitsPerSecond: number, digits: number): string {
  const totalSeconds = Math.floor(units / unitsPerSecond);
  const rest = units - totalSeconds * unitsPerSecond;
  return rest === 0 ? clock(totalSeconds) : clock(totalSeconds) + fraction(rest, digits);
}

/** How a timestamp unit splits into days and sub-second digits. */
export interface TimestampUnit {
  perSecond: number;
  digits: number;
}

/** Arrow TimeUnit (0 s, 1 ms, 2 µs, 3 ns) to its scale. */
export const TIME_UNITS: readonly TimestampUnit[] = [
  { perSecond: 1, digits: 0 },
  { perSecond: 1e3, digits: 3 },
  { perSecond: 1e6, digits: 6 },
  { perSecond: 1e9, digits: 9 },
];

/**
 * A formatter for TIMESTAMP values in one unit. It takes either an exact double (values
 * within ±2^53) or a bigint (nanosecond timestamps, far-away dates).
 */
export function timestampFormatter(unit: TimestampUnit, suffix = ''): (value: number | bigint) => string {
  const perDay = unit.perSecond * 86400;
  const perDayBig = BigInt(perDay);
  let lastDay = NaN;
  let lastPrefix = '';
  return (value) => {
    let day: number;
    let rest: number;
    if (typeof value === 'bigint') {
      if (value === 9223372036854775807n) return 'infinity';
      if (value === -9223372036854775807n) return '-infinity';
      let d = value / perDayBig;
      if (value < 0n && d * perDayBig !== value) d -= 1n; // floor, not truncation
      day = Number(d);
      rest = Number(value - d * perDayBig);
    } else {
      day = Math.floor(value / perDay);
      rest = value - day * perDay; // both exact integers below 2^53: exact
    }
    if (day !== lastDay) {
      lastDay = day;
      lastPrefix = `${cachedDate(day)} `; // DuckDB puts ' (BC)' between date and time too
    }
    const time = formatTimeOfDay(rest, unit.perSecond, unit.digits);
    return suffix ? lastPrefix + time + suffix : lastPrefix + time;
  };
}

function plural(value: number, name: string): string {
  return `${value} ${name}${value === 1 || value === -1 ? '' : 's'}`;
}

/**
 * An INTERVAL as DuckDB prints it: `1 year 2 months 3 days 04:05:06.5`, `-25:00:00`,
 * `00:00:00` when empty. `micros` may be a bigint when it exceeds what a double holds.
 */
export function formatInterval(months: number, days: number, micros: number | bigint): string {
  const parts: string[] = [];
  if (months !== 0) {
    const years = Math.trunc(months / 12);
    const rest = months - years * 12;
    if (years !== 0) parts.push(plural(years, 'year'));
    if (rest !== 0) parts.push(plural(rest, 'month'));
  }
  if (days !== 0) parts.push(plural(days, 'day'));
  let us = typeof micros === 'bigint' ? micros : BigInt(micros);
  if (us !== 0n) {
    const sign = us < 0n ? '-' : '';
    if (us < 0n) us = -us;
    const hours = us / 3600000000n;
    const clock = formatTimeOfDay(Number(us - hours * 3600000000n), 1e6, 6).slice(3); // MM:SS[.f]
    parts.push(`${sign}${hours < 10n ? '0' : ''}${hours}:${clock}`);
  }
  return parts.length === 0 ? '00:00:00' : parts.join(' ');
}
