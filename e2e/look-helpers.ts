import type { Page } from '@playwright/test';

/**
 * Interface text a student can see or hear outside lesson content that contains Hangul: visible
 * text nodes, plus aria-label/title/placeholder attributes. Lesson content (marked
 * `data-lesson-content`) keeps its own language and is left out, and so are the language toggle's
 * own labels (each language is named in itself: 한국어 / English). `painted: true` looks only at what
 * is painted (attributes follow the language once the page's scripts run).
 */
export async function koreanUiText(page: Page, { painted = false } = {}): Promise<string[]> {
  return page.evaluate((painted) => {
    const hangul = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
    const excluded = (el: Element | null) => !!el?.closest('[data-lesson-content], [data-ui-lang-option], script, style, noscript');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!hangul.test(text) || !parent || excluded(parent)) continue;
      if (!parent.checkVisibility({ checkVisibilityCSS: true })) continue;
      found.push(`text: ${text.trim()}`);
    }
    if (painted) return found;
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (excluded(el) || !el.checkVisibility()) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value && hangul.test(value)) found.push(`${name}: ${value}`);
      }
    }
    // The tab title: the site's name (a lesson page adds the lesson's own title in front).
    const site = document.title.split(' · ').pop() ?? '';
    if (hangul.test(site)) found.push(`document.title: ${document.title}`);
    return found;
  }, painted);
}
