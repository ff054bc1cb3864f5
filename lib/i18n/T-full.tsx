import type { ReactNode } from 'react';
import { en } from './en';
import { ko } from './ko';
import type { Messages } from './messages';

/**
 * `<T>` over the whole dictionaries, ko-extra.ts included: for views that load on demand (lake,
 * timeline, diagram outputs) and server components. Importing it brings every message, so the
 * client components of a lesson page's first load use `<T>`.
 */
export function TFull({ m }: { m: (d: Messages) => ReactNode }) {
  return (
    <>
      <span lang="ko" data-ui="ko">{m(ko)}</span>
      <span lang="en" data-ui="en">{m(en)}</span>
    </>
  );
}
