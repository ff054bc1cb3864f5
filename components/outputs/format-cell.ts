/** Renders one table value for display: null visibly, numbers with grouping, objects as JSON. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Whether a column's values should be right-aligned (numbers read best aligned on the right). */
export function isNumericType(type: string): boolean {
  return /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL|number)/i.test(type);
}

/** Display width of a string in `ch`, counting Hangul and other wide characters as two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * Column widths (in `ch`) from the header, the type and a sample of values, so every virtualised
 * row lines up with the header without measuring the DOM.
 */
export function columnWidths(columns: readonly { name: string; type: string }[], rows: readonly Record<string, unknown>[]): number[] {
  const sample = rows.slice(0, 200);
  return columns.map((c) => {
    let w = Math.max(displayWidth(c.name) + 1 + displayWidth(c.type), 6);
    for (const r of sample) w = Math.max(w, displayWidth(formatCell(r[c.name])));
    // +4ch: the 10px padding on each side of a cell is about 3ch at the table font size.
    return Math.min(w + 4, 50);
  });
}
