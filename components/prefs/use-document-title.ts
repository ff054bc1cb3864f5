'use client';
import { useEffect } from 'react';
import { enCore as en } from '@/lib/i18n/en-core';
import { koCore as ko } from '@/lib/i18n/ko-core';
import type { UiLang } from '@/lib/i18n/messages';

/**
 * The tab title names the site in the interface language (the static HTML says it in Korean; the
 * lesson's own title stays as it is). Next.js may write the <title> again after hydration, so
 * changes to <head> are watched while the page lives.
 */
export function useDocumentTitle(lang: UiLang): void {
  useEffect(() => {
    const [from, to] = lang === 'en' ? [ko.siteTitle, en.siteTitle] : [en.siteTitle, ko.siteTitle];
    const apply = () => {
      if (document.title.includes(from)) document.title = document.title.replace(from, to);
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [lang]);
}
