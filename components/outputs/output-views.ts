/**
 * Loaders of the common output views that are not in a lesson page's first-load scripts (the
 * table view alone brings @tanstack/react-virtual, ~12 KB gzip). CellOutputs renders them with
 * next/dynamic; preloadOutputViews fetches them ahead, so a cell's first table or error does not
 * wait for a download.
 */
export const outputViews = {
  table: () => import('./TableOutputView').then((m) => m.TableOutputView),
  error: () => import('./ErrorOutputView').then((m) => m.ErrorOutputView),
  html: () => import('./HtmlOutputView').then((m) => m.HtmlOutputView),
};

let preloaded = false;

/**
 * Fetches the common output views once, when the browser is idle: called when the runtime is
 * ready, so the download never competes with the page's own scripts or the runtime's start.
 */
export function preloadOutputViews(): void {
  if (preloaded || typeof window === 'undefined') return;
  preloaded = true;
  const load = () => Object.values(outputViews).forEach((fn) => void fn().catch(() => undefined));
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 200);
}
