import { MemoryScratchStore, openScratchStore, type ScratchStore } from './db';
import { ScratchSession, type ScratchHost, type ScratchOptions } from './session';
import type { ScratchRecord } from './types';

/** Longest wait for the database before scratch cells live in memory only. */
const OPEN_TIMEOUT_MS = 4_000;

/** A page's scratch store and the cells saved in it, read before the notebook can take them. */
export interface ScratchRead {
  store: ScratchStore;
  saved: ScratchRecord[];
}

/**
 * Opens the scratch store and reads a page's saved cells. Never rejects: when browser storage is
 * missing or refuses, scratch cells still work for this visit (kept in memory), like the rest
 * of the notebook. Started as the notebook starts, so the read runs alongside the saved edits'.
 */
export async function readScratch(slug: string): Promise<ScratchRead> {
  let store: ScratchStore;
  try {
    store = await Promise.race([
      openScratchStore(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('browser storage did not answer')), OPEN_TIMEOUT_MS)),
    ]);
  } catch (e) {
    console.warn('de-notebook: scratch cells will not survive a reload', e);
    return { store: new MemoryScratchStore(), saved: [] };
  }
  try {
    return { store, saved: await store.list(slug) };
  } catch (e) {
    console.warn('de-notebook: saved scratch cells could not be read', e);
    return { store: new MemoryScratchStore(), saved: [] };
  }
}

/**
 * Puts a page's scratch cells into the notebook, from `read` (default: read now). Call it once
 * the edit session has taken the lesson's cells as its own.
 */
export async function openScratch(
  slug: string,
  host: ScratchHost,
  options: ScratchOptions = {},
  read: Promise<ScratchRead> = readScratch(slug),
): Promise<ScratchSession> {
  const { store, saved } = await read;
  try {
    return await ScratchSession.open(slug, host, store, options, saved);
  } catch (e) {
    console.warn('de-notebook: saved scratch cells could not be restored', e);
    return ScratchSession.open(slug, host, new MemoryScratchStore(), options, []);
  }
}
