import { MemoryScratchStore, openScratchStore, type ScratchStore } from './db';
import { ScratchSession, type ScratchHost, type ScratchOptions } from './session';

/** Longest wait for the database before scratch cells live in memory only. */
const OPEN_TIMEOUT_MS = 4_000;

/**
 * Opens a page's scratch cells on IndexedDB; when browser storage is missing or refuses, they
 * still work for this visit (kept in memory), like the rest of the notebook.
 */
export async function openScratch(slug: string, host: ScratchHost, options: ScratchOptions = {}): Promise<ScratchSession> {
  let store: ScratchStore;
  try {
    store = await Promise.race([
      openScratchStore(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('browser storage did not answer')), OPEN_TIMEOUT_MS)),
    ]);
  } catch (e) {
    console.warn('de-notebook: scratch cells will not survive a reload', e);
    store = new MemoryScratchStore();
  }
  try {
    return await ScratchSession.open(slug, host, store, options);
  } catch (e) {
    console.warn('de-notebook: saved scratch cells could not be read', e);
    return ScratchSession.open(slug, host, new MemoryScratchStore(), options);
  }
}
