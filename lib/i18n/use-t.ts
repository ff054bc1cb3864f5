'use client';
import { useSyncExternalStore } from 'react';
import { DEFAULT_UI_LANG, type Messages, type UiLang } from './messages';
import { getUiLang, messagesFor, subscribeUiLang } from './ui-lang';

/** The current interface language; Korean while hydrating, then the student's language. */
export function useUiLang(): UiLang {
  return useSyncExternalStore(subscribeUiLang, getUiLang, () => DEFAULT_UI_LANG);
}

/**
 * The dictionary of the current interface language, for attributes (aria-label, title) and
 * text that only appears after an action. Visible text in the first paint should use `<T>`,
 * which cannot flash the wrong language.
 */
export function useT(): Messages {
  return messagesFor(useUiLang());
}
