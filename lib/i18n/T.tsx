import type { ReactNode } from 'react';
import { en } from './en';
import { ko } from './ko';
import type { Messages } from './messages';

/**
 * A message in every interface language at once, each in its own `lang` span; CSS in
 * globals.css shows the one named by `<html data-ui-lang>`. Works in server and client
 * components, and the static HTML is already right before any script runs: no flash of the
 * wrong language, no re-render when the language changes.
 *
 * @example <T m={(d) => d.exercise.passedCount(passed, total)} />
 */
export function T({ m }: { m: (d: Messages) => ReactNode }) {
  return (
    <>
      <span lang="ko" data-ui="ko">{m(ko)}</span>
      <span lang="en" data-ui="en">{m(en)}</span>
    </>
  );
}
