'use client';
import { useSyncExternalStore } from 'react';
import { getTheme, getThemeChoice, subscribeTheme, type Theme, type ThemeChoice } from './theme';

/** The applied theme; 'light' while hydrating, then the page's theme. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribeTheme, getTheme, () => 'light');
}

/** The student's theme choice; 'system' while hydrating. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribeTheme, getThemeChoice, () => 'system');
}
