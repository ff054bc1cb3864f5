/**
 * Hints, in the interface language, for failures a student can fix but may not recognise from the
 * raw message alone: endless recursion, a value too big for memory, a lesson table that was
 * dropped, a table that was never created. Added page-side to the run's error; the message itself stays as the engine said.
 */
import { currentMessages } from '@/lib/i18n/ui-lang';
import type { ErrorOutput } from './outputs';

/** What a hint may need to know about the lesson. */
export interface HintContext {
  /** Tables the lesson loads from its data files. */
  lessonTables: readonly string[];
}

/** The error with a `hint` when one applies (the same object otherwise). */
export function withHint(error: ErrorOutput, ctx: HintContext): ErrorOutput {
  const hint = hintFor(error, ctx);
  return hint ? { ...error, hint } : error;
}

function hintFor({ name, message }: ErrorOutput, ctx: HintContext): string | undefined {
  if (/Maximum call stack size exceeded/.test(message)) return currentMessages().hints.recursion;
  if (/Array buffer allocation failed|Invalid (string|array|typed array) length|out of memory/i.test(message)) {
    return currentMessages().hints.tooBig;
  }
  const missing = /Table with name (\S+) does not exist/.exec(message);
  if (missing) {
    const table = missing[1].replace(/[!"]+$/g, '').replace(/^"/, '');
    const lessonTable = ctx.lessonTables.find((n) => n.toLowerCase() === table.toLowerCase());
    return lessonTable ? currentMessages().hints.lessonTableGone(lessonTable) : currentMessages().hints.tableMissing(table);
  }
  if (name === 'ReferenceError' && /is not defined/.test(message)) return currentMessages().hints.notDefined;
  return undefined;
}
