import type { ko } from './ko';
import type { koCore } from './ko-core';
import type { koExtra } from './ko-extra';

/** A message value with its literal types widened: any string, or a function with the same parameters. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { [K in keyof T]: Widen<T[K]> }
      : T;

/**
 * The shape of an interface dictionary: exactly the keys of the Korean one. A dictionary typed
 * `Messages` that misses a key, or adds one, does not compile.
 */
export type Messages = Widen<typeof ko>;
/** The first-load part of a dictionary (ko-core.ts): what `<T>`, `useT` and `currentMessages` give. */
export type CoreMessages = Widen<typeof koCore>;
/** The part that loads with the views that show it (ko-extra.ts). */
export type ExtraMessages = Widen<typeof koExtra>;

/** Interface languages. Korean is the default. */
export const UI_LANGS = ['ko', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export const DEFAULT_UI_LANG: UiLang = 'ko';
