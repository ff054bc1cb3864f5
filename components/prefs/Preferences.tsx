'use client';
import { T } from '@/lib/i18n/T';
import { UI_LANGS } from '@/lib/i18n/messages';
import { setUiLang } from '@/lib/i18n/ui-lang';
import { useUiLang } from '@/lib/i18n/use-t';
import { useLabels } from '@/lib/i18n/use-labels';
import { THEME_CHOICES, setThemeChoice, type ThemeChoice } from '@/lib/theme/theme';
import { useThemeChoice } from '@/lib/theme/use-theme';
import { useDocumentTitle } from './use-document-title';
import { ThemeIcon } from './ThemeIcon';

const THEME_LABEL = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } as const;

/** The interface language and theme toggles (top bar of every page); both choices are remembered. */
export function Preferences() {
  const l = useLabels();
  const lang = useUiLang();
  const choice = useThemeChoice();
  useDocumentTitle(lang);
  return (
    <div className="prefs" role="group" {...l({ 'aria-label': (d) => d.prefs.label })}>
      <div className="prefs-group" role="group" {...l({ 'aria-label': (d) => d.prefs.language })}>
        {UI_LANGS.map((l) => (
          <button
            key={l}
            type="button"
            className="prefs-button prefs-lang"
            lang={l}
            data-ui-lang-option={l}
            aria-pressed={lang === l}
            onClick={() => setUiLang(l)}
          >
            {l === 'ko' ? '한국어' : 'English'}
          </button>
        ))}
      </div>
      <div className="prefs-group" role="group" {...l({ 'aria-label': (d) => d.prefs.theme })}>
        {THEME_CHOICES.map((c: ThemeChoice) => (
          <button
            key={c}
            type="button"
            className="prefs-button prefs-theme"
            data-theme-option={c}
            aria-pressed={choice === c}
            {...l({ title: (d) => d.prefs[THEME_LABEL[c]] })}
            onClick={() => setThemeChoice(c)}
          >
            <ThemeIcon choice={c} />
            <span className="visually-hidden"><T m={(d) => d.prefs[THEME_LABEL[c]]} /></span>
          </button>
        ))}
      </div>
    </div>
  );
}
