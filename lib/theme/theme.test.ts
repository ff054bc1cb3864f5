import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A page with <html data-*> and a prefers-color-scheme query the test can switch. */
function fakePage(systemDark: boolean, html: Record<string, string>) {
  const dataset: Record<string, string> = { ...html };
  const handlers: Array<() => void> = [];
  const query = {
    matches: systemDark,
    addEventListener: (_: string, fn: () => void) => handlers.push(fn),
  };
  vi.stubGlobal('document', { documentElement: { dataset, style: {} } });
  vi.stubGlobal('window', { matchMedia: () => query });
  vi.stubGlobal('localStorage', { setItem: () => {} });
  return {
    dataset,
    switchSystem(dark: boolean) {
      query.matches = dark;
      handlers.forEach((h) => h());
    },
  };
}

describe('theme', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('follows the system while the choice is "system", and tells subscribers', async () => {
    const page = fakePage(true, { themeChoice: 'system', theme: 'dark' });
    const { subscribeTheme } = await import('./theme');
    const seen = vi.fn();
    subscribeTheme(seen);
    page.switchSystem(false);
    expect(page.dataset.theme).toBe('light');
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('catches a system switch that happened after the boot script and before anything subscribed', async () => {
    // The boot script painted dark; the system went light while the page was still loading.
    const page = fakePage(false, { themeChoice: 'system', theme: 'dark' });
    const { subscribeTheme } = await import('./theme');
    subscribeTheme(() => {});
    expect(page.dataset.theme).toBe('light');
  });

  it('keeps an explicit choice when the system switches', async () => {
    const page = fakePage(false, { themeChoice: 'dark', theme: 'dark' });
    const { subscribeTheme } = await import('./theme');
    subscribeTheme(() => {});
    page.switchSystem(true);
    page.switchSystem(false);
    expect(page.dataset.theme).toBe('dark');
  });
});
