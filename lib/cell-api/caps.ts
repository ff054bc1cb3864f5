/**
 * Output caps: limits that keep a flood of output (an endless `console.log` loop, a million-row
 * `display`) from freezing the page or filling IndexedDB. Shared by the runner and the page.
 * `truncateText` is in truncate.ts: it needs the runner dictionaries, and the page's kernel, which
 * imports these caps from its first load, does not.
 */

/** Console lines kept per run; later lines are counted and summarised in one line. */
export const MAX_CONSOLE_LINES = 1_000;
/** Characters of console text kept per run (1,000 lines of 100 KB would still be 100 MB). */
export const MAX_CONSOLE_CHARS = 1_000_000;
/** A console batch is posted when it reaches this many lines... */
export const CONSOLE_BATCH_LINES = 500;
/** ...or this many milliseconds after its first line, whichever comes first. */
export const CONSOLE_FLUSH_MS = 30;
/** Longest string kept in any output (a console line, a text output). */
export const MAX_TEXT_CHARS = 100_000;
/** Longest markup kept by `html(...)`: a page of HTML, not a data dump. */
export const MAX_HTML_CHARS = 200_000;
/** Rows kept in a table output's `rows`; `rowCount` still tells the true total. */
export const MAX_TABLE_ROWS = 10_000;
/**
 * Most rows a SQL cell's `name=` binds. Converting and copying rows to the runner happens on the
 * page's main thread (about 1 s per million small rows), so bigger results are refused, not cut.
 */
export const MAX_BIND_ROWS = 200_000;
/** Longest text kept in one table cell: longer values are unreadable in a grid anyway. */
export const MAX_CELL_CHARS = 2_000;
/** Most points a chart accepts; more would make the chart library crawl. */
export const MAX_CHART_POINTS = 10_000;

/** Formats an integer with thousands separators, locale-independent (deterministic in tests). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
