/** The student's theme choice (the toggle) and the theme it resolves to. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = 'light' | 'dark';

/** localStorage key of the theme choice. */
export const THEME_KEY = 'de-notebook:theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

const isChoice = (v: unknown): v is ThemeChoice => (THEME_CHOICES as readonly unknown[]).includes(v);

/** The theme a choice means: 'system' follows prefers-color-scheme. */
export function resolveTheme(choice: string | null, systemDark: boolean): Theme {
  const c = isChoice(choice) ? choice : 'system';
  return c === 'dark' || (c === 'system' && systemDark) ? 'dark' : 'light';
}

/** The applied theme (on <html data-theme>, set by the boot script before the first paint). */
export function getTheme(): Theme {
  if (typeof document === 'undefined') return 'light';
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** The student's choice: system (default), light or dark. */
export function getThemeChoice(): ThemeChoice {
  if (typeof document === 'undefined') return 'system';
  const c = document.documentElement.dataset.themeChoice;
  return isChoice(c) ? c : 'system';
}

function apply(choice: ThemeChoice): void {
  const html = document.documentElement;
  const theme = resolveTheme(choice, window.matchMedia(DARK_QUERY).matches);
  html.dataset.themeChoice = choice;
  html.dataset.theme = theme;
  html.style.colorScheme = theme;
  listeners.forEach((fn) => fn());
}

/** Applies a theme choice at once and remembers it in localStorage. */
export function setThemeChoice(choice: ThemeChoice): void {
  try {
    localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Storage unavailable: the choice lasts for this page only.
  }
  apply(choice);
}

/** Held so the query list (and its listener) lives as long as the page. */
let systemQuery: MediaQueryList | null = null;

/**
 * Calls `fn` when the applied theme or the choice changes (including the system switching
 * between light and dark while the choice is 'system'); returns the unsubscribe function.
 */
export function subscribeTheme(fn: () => void): () => void {
  if (!systemQuery && typeof window !== 'undefined') {
    systemQuery = window.matchMedia(DARK_QUERY);
    systemQuery.addEventListener('change', () => apply(getThemeChoice()));
    // The boot script resolved the theme before the first paint; the system may have switched
    // between then and hydration, when nothing was listening yet.
    const choice = getThemeChoice();
    if (resolveTheme(choice, systemQuery.matches) !== getTheme()) apply(choice);
  }
  listeners.add(fn);
  return () => listeners.delete(fn);
}
