/**
 * When Monaco may load. Editors are the heaviest part of a lesson page (~0.5 MB of JS plus their
 * workers), and the student can read and even run cells without them: the static placeholder
 * looks the same. So they load when the student first touches a cell, or once the runtime is
 * ready and the browser is idle, never in competition with DuckDB and esbuild starting up.
 */
type Listener = () => void;

let enabled = false;
const listeners = new Set<Listener>();

/** Lets editors mount from now on (idempotent). */
export function enableEditors(): void {
  if (enabled) return;
  enabled = true;
  for (const fn of [...listeners]) fn();
}

/** Whether editors may mount. */
export function editorsEnabled(): boolean {
  return enabled;
}

/** Subscribes to the switch; returns the unsubscribe. */
export function onEditorsEnabled(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Enables editors when the browser is next idle (or after `timeoutMs` at the latest). */
export function enableEditorsWhenIdle(timeoutMs = 1500): void {
  if (enabled || typeof window === 'undefined') return;
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => enableEditors(), { timeout: timeoutMs });
  else setTimeout(enableEditors, 200);
}
