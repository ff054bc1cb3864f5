'use client';
import { en } from './en';
import { ko } from './ko';
import type { Messages, UiLang } from './messages';
import { getUiLang } from './ui-lang';
import { useUiLang } from './use-t';

const DICTS: Record<UiLang, Messages> = { ko, en };

/**
 * The whole dictionary of the current interface language, for views that load on demand and show
 * messages of ko-extra.ts. Importing this module brings every message: first-load components use
 * `useT` / `currentMessages` (first-load part only).
 */
export function useFullT(): Messages {
  return DICTS[useUiLang()];
}

/** `currentMessages` with the whole dictionary (see `useFullT`). */
export function currentFullMessages(): Messages {
  return DICTS[getUiLang()];
}
