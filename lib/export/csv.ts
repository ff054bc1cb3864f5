/**
 * A table output as CSV: RFC 4180 (comma separator, CRLF line ends, fields with a comma, a quote
 * or a line break wrapped in double quotes, quotes doubled), UTF-8 with a byte-order mark so
 * Excel opens Korean text correctly instead of guessing a legacy code page.
 */

/** The UTF-8 byte-order mark: Excel reads the file as UTF-8 only when it starts with one. */
export const UTF8_BOM = '\uFEFF';

/** One value as CSV text, before quoting: NULL is an empty field, numbers are not grouped. */
export function csvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Uint8Array) return [...value].map((b) => b.toString(16).padStart(2, '0')).join('');
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** A field quoted when RFC 4180 requires it (a comma, a double quote, CR or LF inside). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The rows as a CSV document: a header line of column names, then one line per row, each
 * ended by CRLF, the whole prefixed with the UTF-8 BOM.
 * @param columns column names in display order (values are read as `row[name]`)
 */
export function toCsv(columns: readonly { name: string }[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map((c) => csvField(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(csvText(row[c.name]))).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
