/**
 * Any thrown value → `{ name, message, stack }` that can cross `postMessage`.
 * `throw 'x'` and `throw { a: 1 }` are legal JavaScript, so nothing may be assumed about it.
 */
import type { SerializedError } from '@/lib/kernel/protocol';
import { MAX_TEXT_CHARS } from './caps';
import { truncateText } from './truncate';
import { formatValue, isErrorLike } from './format';

/** Serialises a thrown value; the raw stack is kept for page-side source mapping. */
export function serializeError(thrown: unknown): SerializedError {
  if (isErrorLike(thrown)) {
    let message = String(thrown.message);
    if (thrown.cause !== undefined) message += ` (cause: ${formatValue(thrown.cause, { depth: 1 })})`;
    const name = truncateText(String(thrown.name || 'Error'), 200);
    const stack = typeof thrown.stack === 'string' ? truncateText(thrown.stack, MAX_TEXT_CHARS) : undefined;
    return { name, message: truncateText(message), ...(stack !== undefined && { stack }) };
  }
  // A non-Error has no stack: say what was thrown so the student sees where the value came from.
  const kind = thrown === null ? 'null' : Array.isArray(thrown) ? 'array' : typeof thrown;
  return { name: 'Uncaught', message: `${truncateText(formatValue(thrown, { depth: 2 }))} (a thrown ${kind}; throw new Error(…) to get a line number)` };
}

/**
 * Rebuilds an Error on the runner side (a SQL failure reported by the page) with the stack of
 * the call site, so the page can point at the cell line of the failing `sql` call.
 */
export function errorAtCallSite(error: SerializedError, callSite: Error): Error {
  const e = new Error(error.message);
  e.name = error.name;
  const frames = (callSite.stack ?? '').split('\n').filter((l) => /^\s+at\s/.test(l) || l.includes('@'));
  e.stack = `${error.name}: ${error.message}\n${frames.join('\n')}`;
  return e;
}
