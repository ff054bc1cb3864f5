'use client';
import { enCore } from './en-core';
import type { CoreMessages } from './messages';
import { useT } from './use-t';

/** The attributes a label can go into. */
type LabelAttr = 'aria-label' | 'title';

/** A message picked from a dictionary (the same selector works on both). */
type Pick = (d: CoreMessages) => string;

/**
 * Props for `aria-label` / `title` in the interface language, plus their English text in
 * `data-en-aria-label` / `data-en-title`. Why: the static HTML is rendered once, in Korean, and
 * `useT()` can only switch after hydration; the English copies let the inline script of
 * `lib/prefs/label-script.ts` put English labels in place for an English reader before any app
 * script runs. Hydration then finds the English labels where it rendered Korean ones, which is
 * expected, so the element says so (`suppressHydrationWarning`).
 */
export function useLabels(): (labels: Partial<Record<LabelAttr, Pick>>) => Record<string, string | boolean> {
  const t = useT();
  return (labels) => {
    const props: Record<string, string | boolean> = { suppressHydrationWarning: true };
    for (const [attr, pick] of Object.entries(labels) as [LabelAttr, Pick][]) {
      props[attr] = pick(t);
      props[`data-en-${attr}`] = pick(enCore);
    }
    return props;
  };
}
