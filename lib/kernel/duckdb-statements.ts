/**
 * Splits SQL text into statements at top-level semicolons, the way DuckDB's parser sees
 * them: semicolons inside strings ('…', E'…'), quoted identifiers ("…"), dollar-quoted
 * strings ($$…$$, $tag$…$tag$) and comments (-- …, nested /* … *\/) do not count.
 * Used to check that a parameterised query is a single statement before it is prepared.
 */

/** Where one non-empty statement lies in the text: `[start, end)`, `end` before its `;`. */
export interface StatementRange {
  start: number;
  end: number;
}

const IDENTIFIER_CHAR = /[A-Za-z0-9_$]/;
const DOLLAR_TAG = /\$([A-Za-z_][A-Za-z0-9_]*)?\$/y;

/** Index just past a quoted run starting at `i` (a quote char), `''`-style doubling allowed. */
function skipQuoted(sql: string, i: number, quote: string, backslashEscapes: boolean): number {
  let k = i + 1;
  while (k < sql.length) {
    const c = sql[k];
    if (backslashEscapes && c === '\\') k += 2;
    else if (c === quote && sql[k + 1] === quote) k += 2;
    else if (c === quote) return k + 1;
    else k++;
  }
  return k;
}

/** Index just past a (possibly nested) block comment starting at `i`. */
function skipBlockComment(sql: string, i: number): number {
  let depth = 0;
  let k = i;
  while (k < sql.length) {
    if (sql.startsWith('/*', k)) (depth++, (k += 2));
    else if (sql.startsWith('*/', k)) {
      k += 2;
      if (--depth === 0) return k;
    } else k++;
  }
  return k;
}

/** Index just past the token starting at `i` (a string, identifier, dollar string or one char). */
function skipToken(sql: string, i: number): number {
  const c = sql[i];
  const prev = i > 0 ? sql[i - 1] : '';
  if (c === "'") {
    // E'…' strings take backslash escapes; a lone E before the quote marks them.
    const escaped = (prev === 'E' || prev === 'e') && !(i > 1 && IDENTIFIER_CHAR.test(sql[i - 2]));
    return skipQuoted(sql, i, "'", escaped);
  }
  if (c === '"') return skipQuoted(sql, i, '"', false);
  if (c === '$' && !IDENTIFIER_CHAR.test(prev)) {
    DOLLAR_TAG.lastIndex = i;
    const tag = DOLLAR_TAG.exec(sql);
    if (tag) {
      const close = sql.indexOf(tag[0], i + tag[0].length);
      return close < 0 ? sql.length : close + tag[0].length;
    }
  }
  return i + 1; // includes `$1` parameters: `$` then digits
}

/** The non-empty statements of `sql`, in order. */
export function statementRanges(sql: string): StatementRange[] {
  const out: StatementRange[] = [];
  let start = 0;
  let content = false;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') i++;
    else if (sql.startsWith('--', i)) {
      const eol = sql.indexOf('\n', i);
      i = eol < 0 ? sql.length : eol + 1;
    } else if (sql.startsWith('/*', i)) i = skipBlockComment(sql, i);
    else if (c === ';') {
      if (content) out.push({ start, end: i });
      start = i + 1;
      content = false;
      i++;
    } else {
      content = true;
      i = skipToken(sql, i);
    }
  }
  if (content) out.push({ start, end: sql.length });
  return out;
}
