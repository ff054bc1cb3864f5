'use client';
import { useSyncExternalStore } from 'react';
import { DEFAULT_UI_LANG, type CoreMessages, type UiLang } from './messages';
import { getUiLang, messagesFor, subscribeUiLang } from './ui-lang';

/** The current interface language; Korean while hydrating, then the student's language. */
export function useUiLang(): UiLang {
  return useSyncExternalStore(subscribeUiLang, getUiLang, () => DEFAULT_UI_LANG);
}

/**
 * The dictionary of the current interface language, for attributes (aria-label, title) and
 * text that only appears after an action. Visible text in the first paint should use `<T>`,
 * which cannot flash the wrong language. The first-load part only: views that load on demand
 * use `useFullT` (full.ts) for the messages of ko-extra.ts.
 */
export function useT(): CoreMessages {
  return messagesFor(useUiLang());
}
