import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pickUiLang } from '@/lib/i18n/ui-lang';
import { resolveTheme } from '@/lib/theme/theme';
import { BOOT_SCRIPT } from './boot-script';

/** Runs the boot script against a fake page; returns what it set on <html>. */
function boot(stored: Record<string, string>, languages: string[], systemDark: boolean) {
  const attrs: Record<string, string> = {};
  const html = { setAttribute: (k: string, v: string) => (attrs[k] = v), lang: '', style: { colorScheme: '' } };
  vm.runInNewContext(BOOT_SCRIPT, {
    document: { documentElement: html },
    localStorage: { getItem: (k: string) => stored[k] ?? null },
    navigator: { languages, language: languages[0] },
    window: { matchMedia: () => ({ matches: systemDark }) },
  });
  return { lang: attrs['data-ui-lang'], htmlLang: html.lang, theme: attrs['data-theme'], choice: attrs['data-theme-choice'] };
}

describe('boot script (runs before the first paint)', () => {
  const langCases: [string | undefined, string[]][] = [
    [undefined, ['ko-KR', 'en-US']], [undefined, ['en-US', 'ko']], [undefined, ['de-DE', 'en-GB']], [undefined, ['ja']],
    ['en', ['ko-KR']], ['ko', ['en-US']], ['fr', ['en-US']],
  ];
  it.each(langCases)('stored %s, browser %j: same language as pickUiLang', (stored, languages) => {
    const got = boot(stored ? { 'de-notebook:ui-lang': stored } : {}, languages, false);
    expect(got.lang).toBe(pickUiLang(stored ?? null, languages));
    expect(got.htmlLang).toBe(got.lang);
  });

  const themeCases: [string | undefined, boolean][] = [
    [undefined, false], [undefined, true], ['system', true], ['light', true], ['dark', false], ['nonsense', true],
  ];
  it.each(themeCases)('theme choice %s, system dark %s: same theme as resolveTheme', (choice, dark) => {
    const got = boot(choice ? { 'de-notebook:theme': choice } : {}, ['ko'], dark);
    expect(got.theme).toBe(resolveTheme(choice ?? null, dark));
    expect(['system', 'light', 'dark']).toContain(got.choice);
  });
});
