/**
 * The runner-side dictionary in the interface language. The runner worker has no DOM, so the
 * kernel tells it the language with a `lang` message (lib/kernel/protocol.ts) when it starts and
 * whenever the student switches; code on the page (which shares lib/cell-api/caps.ts) reads
 * `<html data-ui-lang>` instead, until something sets the language explicitly.
 */
import type { UiLang, Widen } from '../messages';
import { runnerEn } from './en';
import { runnerKo } from './ko';

/** The shape of a runner dictionary: exactly the keys of the Korean one. */
export type RunnerMessages = Widen<typeof runnerKo>;

const DICTS: Record<UiLang, RunnerMessages> = { ko: runnerKo, en: runnerEn };
let chosen: UiLang | undefined;

const isUiLang = (v: unknown): v is UiLang => v === 'ko' || v === 'en';

/** Sets the language of runner-side messages (the runner does this on the kernel's `lang` message). */
export function setRunnerLang(lang: UiLang): void {
  if (isUiLang(lang)) chosen = lang; // a malformed message keeps the last good language
}

/** The language runner-side messages are written in now: set, else the page's, else Korean. */
export function runnerLang(): UiLang {
  if (chosen) return chosen;
  const page = typeof document === 'undefined' ? undefined : document.documentElement?.dataset.uiLang;
  return isUiLang(page) ? page : 'ko';
}

/**
 * The runner-side dictionary of the current language. Call it when the message is made (not at
 * module load), so a language switch applies to the next message without restarting the runner.
 */
export function runnerText(): RunnerMessages {
  return DICTS[runnerLang()];
}

/** The dictionary of one language (tests, and callers that must pin a language). */
export function runnerMessagesFor(lang: UiLang): RunnerMessages {
  return DICTS[lang];
}
