/**
 * The browser database of scratch cells (`de-notebook-scratch`), apart from edits and exercise
 * progress so each can change its schema on its own.
 */
import { EarlyOpen } from '@/lib/progress/early-open';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ScratchRecord } from './types';

/** The name of the database in the browser's storage. */
export const SCRATCH_DB_NAME = 'de-notebook-scratch';

interface ScratchSchema extends DBSchema {
  cells: { key: [string, string]; value: ScratchRecord; indexes: { 'by-slug': string } };
}

/** Storage operations scratch cells need; `IdbScratchStore` is the real one. */
export interface ScratchStore {
  list(slug: string): Promise<ScratchRecord[]>;
  put(record: ScratchRecord): Promise<void>;
  delete(slug: string, id: string): Promise<void>;
}

/** Opens (creating on first use) the scratch database of this origin. */
export async function openScratchStore(): Promise<ScratchStore> {
  return new IdbScratchStore(await earlyScratch.take());
}

const earlyScratch = new EarlyOpen(() =>
  openDB<ScratchSchema>(SCRATCH_DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('cells', { keyPath: ['slug', 'id'] }).createIndex('by-slug', 'slug');
    },
  }),
);

/** Starts opening the scratch database before the notebook asks for it (lib/progress/early-open.ts). */
export function prewarmScratchDb(): void {
  earlyScratch.start();
}

/** `ScratchStore` on IndexedDB. */
export class IdbScratchStore implements ScratchStore {
  constructor(private readonly db: IDBPDatabase<ScratchSchema>) {}

  list(slug: string): Promise<ScratchRecord[]> {
    return this.db.getAllFromIndex('cells', 'by-slug', slug);
  }

  async put(record: ScratchRecord): Promise<void> {
    await this.db.put('cells', record);
  }

  async delete(slug: string, id: string): Promise<void> {
    await this.db.delete('cells', [slug, id]);
  }
}

/** Keeps scratch cells for this visit only (browser storage refused): the page still works. */
export class MemoryScratchStore implements ScratchStore {
  private readonly records = new Map<string, ScratchRecord>();

  async list(slug: string): Promise<ScratchRecord[]> {
    return [...this.records.values()].filter((r) => r.slug === slug).map((r) => ({ ...r }));
  }

  async put(record: ScratchRecord): Promise<void> {
    this.records.set(`${record.slug}\n${record.id}`, { ...record });
  }

  async delete(slug: string, id: string): Promise<void> {
    this.records.delete(`${slug}\n${id}`);
  }
}
