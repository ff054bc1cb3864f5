/**
 * Errors raised by the lesson database, in the form cells show them.
 */

/** Raised by a query that `LessonDatabase.cancel()` stopped (or removed from the queue). */
export class QueryCancelledError extends Error {
  constructor(message = 'Query cancelled') {
    super(message);
    this.name = 'QueryCancelled';
  }
}

/** Raised by calls made after `close()`. */
export class DatabaseClosedError extends Error {
  constructor() {
    super('The lesson database is closed');
    this.name = 'DatabaseClosed';
  }
}

/** duckdb-wasm's own message when a poll finds its pending query cancelled. */
export function isCancellationMessage(error: unknown): boolean {
  return /query was canceled/i.test(error instanceof Error ? error.message : String(error));
}

/**
 * DuckDB's advice for a missing extension ("Please try installing and loading the json
 * extension... consider enabling auto-install") cannot work here: nothing is downloaded.
 * It is replaced by a statement of what is unavailable; the first line, which names the
 * missing function or type, is kept.
 */
function explainMissingExtension(message: string): string {
  const match = /but it exists in the (\w+) extension/.exec(message);
  if (!match) return message;
  const cut = message.indexOf('\n\nPlease try installing');
  const head = (cut >= 0 ? message.slice(0, cut) : message).trimEnd();
  return `${head}\n\nThe ${match[1]} extension is not available in this offline notebook.`;
}

/**
 * Some failures (parser errors of pending queries) arrive as DuckDB's serialised error
 * data, `{"exception_type":"Parser","exception_message":"…",…}`; they are turned into the
 * usual `Parser Error: …` text so every error reads (and parses) the same way.
 */
function fromErrorData(message: string): string {
  if (!message.startsWith('{"exception_type"')) return message;
  try {
    const data = JSON.parse(message) as { exception_type?: unknown; exception_message?: unknown };
    if (typeof data.exception_type === 'string' && typeof data.exception_message === 'string') {
      return `${data.exception_type} Error: ${data.exception_message}`;
    }
  } catch {
    // not JSON after all: keep the text as it is
  }
  return message;
}

/**
 * A DuckDB failure as an `Error` with DuckDB's message (offline-specific advice fixed);
 * the error class name DuckDB reports ("Catalog Error: …") stays in the message.
 */
export function toDatabaseError(error: unknown): Error {
  if (error instanceof QueryCancelledError || error instanceof DatabaseClosedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const out = new Error(explainMissingExtension(fromErrorData(message)));
  out.name = 'DuckDBError';
  return out;
}
