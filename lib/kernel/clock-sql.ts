/**
 * The lesson clock macros, apart from the rest of duckdb-sql.ts: the kernel redefines them
 * synchronously whenever a cell moves the clock, so they are in a lesson page's first-load
 * scripts, and a module's other exports would come along with them.
 */

// Milliseconds appear once a cell moves the clock by a fraction of a second (clock.advance).
const CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?$/;

/**
 * The lesson clock macros: `lesson_now()` (TIMESTAMP), `lesson_today()` and
 * `lesson_yesterday()` (DATE). Lessons use them instead of `CURRENT_DATE`/`now()`, which
 * need the ICU extension (unavailable offline) and would make results depend on the day.
 */
export function clockMacrosSql(clock: string): string {
  const m = CLOCK.exec(clock);
  const [year, month, day, hour, minute, second] = (m ?? []).slice(1, 7).map(Number);
  const valid =
    m !== null &&
    hour < 24 && minute < 60 && second < 60 &&
    new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day &&
    month >= 1 && month <= 12;
  if (!valid) throw new Error(`Invalid lesson clock "${clock}": expected a real date-time as YYYY-MM-DDTHH:MM:SS[.mmm]`);
  const date = clock.slice(0, 10);
  return [
    `CREATE OR REPLACE MACRO lesson_now() AS TIMESTAMP '${date} ${clock.slice(11)}';`,
    `CREATE OR REPLACE MACRO lesson_today() AS DATE '${date}';`,
    `CREATE OR REPLACE MACRO lesson_yesterday() AS DATE '${date}' - 1;`,
  ].join('\n');
}
