/**
 * Registers the export's service worker (written by scripts/service-worker.mjs), which keeps the
 * start-up scripts in Cache Storage so the browser has them compiled for the student's next
 * visit. Production builds only (`next dev` has no sw.js); a browser without service workers, or
 * a failed registration, simply keeps using its HTTP cache.
 */
import { sitePath } from '@/lib/assets';

/** Registers once the browser is idle, so the worker's install never competes with a first Run. */
export function registerStartupCache(): void {
  if (process.env.NODE_ENV !== 'production' || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register(sitePath('/sw.js'), { scope: sitePath('/') }).catch(() => {});
  if ('requestIdleCallback' in window) window.requestIdleCallback(register, { timeout: 5_000 });
  else setTimeout(register, 2_000);
}
