import type { ReactNode } from 'react';
import { enCore } from './en-core';
import { koCore } from './ko-core';
import type { CoreMessages } from './messages';

/**
 * A message in every interface language at once, each in its own `lang` span; CSS in
 * globals.css shows the one named by `<html data-ui-lang>`. Works in server and client
 * components, and the static HTML is already right before any script runs: no flash of the
 * wrong language, no re-render when the language changes.
 *
 * It carries the first-load dictionaries only (ko-core.ts), so the client components of a
 * lesson page do not bring every message with them; `TFull` (T-full.tsx) reads the whole
 * dictionaries, for views that load on demand and show the messages of ko-extra.ts.
 *
 * @example <T m={(d) => d.exercise.passedCount(passed, total)} />
 */
export function T({ m }: { m: (d: CoreMessages) => ReactNode }) {
  return (
    <>
      <span lang="ko" data-ui="ko">{m(koCore)}</span>
      <span lang="en" data-ui="en">{m(enCore)}</span>
    </>
  );
}
