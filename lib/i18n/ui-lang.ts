import { enCore } from './en-core';
import { koCore } from './ko-core';
import { DEFAULT_UI_LANG, UI_LANGS, type CoreMessages, type UiLang } from './messages';

/** localStorage key of the language the student chose with the toggle. */
export const UI_LANG_KEY = 'de-notebook:ui-lang';

// The first-load dictionaries (see T.tsx); full.ts has the whole ones.
const DICTS: Record<UiLang, CoreMessages> = { ko: koCore, en: enCore };
const listeners = new Set<() => void>();

const isUiLang = (v: unknown): v is UiLang => (UI_LANGS as readonly unknown[]).includes(v);

/**
 * The interface language: the stored choice if any, else the first browser language we have
 * (Korean or English), else Korean. The boot script in lib/prefs/boot-script.ts does the same
 * before the first paint.
 */
export function pickUiLang(stored: string | null, browser: readonly string[]): UiLang {
  if (isUiLang(stored)) return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLang(base)) return base;
  }
  return DEFAULT_UI_LANG;
}

/** The first-load dictionary of one interface language. */
export function messagesFor(lang: UiLang): CoreMessages {
  return DICTS[lang];
}

/** The current interface language (set on <html data-ui-lang> by the boot script); Korean on the server. */
export function getUiLang(): UiLang {
  if (typeof document === 'undefined') return DEFAULT_UI_LANG;
  const lang = document.documentElement.dataset.uiLang;
  return isUiLang(lang) ? lang : DEFAULT_UI_LANG;
}

/** The current first-load dictionary, for code outside React (confirm dialogs, event handlers). */
export function currentMessages(): CoreMessages {
  return messagesFor(getUiLang());
}

/**
 * Switches the interface language at once (CSS shows the strings of the new language, hooks
 * re-render) and remembers the choice in localStorage.
 */
export function setUiLang(lang: UiLang): void {
  const html = document.documentElement;
  html.dataset.uiLang = lang;
  html.lang = lang;
  try {
    localStorage.setItem(UI_LANG_KEY, lang);
  } catch {
    // Storage unavailable (private mode, blocked): the choice lasts for this page only.
  }
  listeners.forEach((fn) => fn());
}

/** Calls `fn` whenever the interface language changes; returns the unsubscribe function. */
export function subscribeUiLang(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
