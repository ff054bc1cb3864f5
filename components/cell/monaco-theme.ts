'use client';
import type * as Monaco from 'monaco-editor';
import { useTheme } from '@/lib/theme/use-theme';

/** Monaco theme names for the page's light and dark themes. */
export const MONACO_THEMES = { light: 'de-light', dark: 'de-dark' } as const;

/**
 * Registers the editor themes: VS Code's light and dark (the same families as the shiki
 * placeholders, light-plus and dark-plus) on the page's code background, so the swap from the
 * static placeholder to the editor does not change colour.
 */
export function defineMonacoThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(MONACO_THEMES.light, {
    base: 'vs',
    inherit: true,
    // Types a shade darker than vs's teal, so they keep 4.5:1 contrast on the error line's red tint.
    rules: [{ token: 'type', foreground: '007575' }],
    colors: { 'editor.background': '#ffffff', 'editorLineNumber.foreground': '#6e7681' },
  });
  monaco.editor.defineTheme(MONACO_THEMES.dark, {
    base: 'vs-dark',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#161b22', 'editorLineNumber.foreground': '#8b949e' },
  });
}

/** The Monaco theme that matches the page's theme (Monaco's theme is global: every editor follows). */
export function useMonacoTheme(): string {
  return MONACO_THEMES[useTheme()];
}
