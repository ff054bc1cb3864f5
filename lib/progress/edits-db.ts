/**
 * The browser database that keeps a student's work: edited cell sources and the marker of the
 * cell that was running. Its own IndexedDB database (`de-notebook-edits`), apart from exercise
 * progress, so either can change its schema without migrating the other.
 */
import { EarlyOpen } from './early-open';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** The name of the database in the browser's storage. */
export const EDITS_DB_NAME = 'de-notebook-edits';

/** A student's version of one cell. */
export interface EditRecord {
  slug: string;
  cellId: string;
  /** The student's source. */
  source: string;
  /** Hash of the authored source this edit was made against (see `hashSource`). */
  baseHash: string;
  /** That authored source itself, so "view both" can show what the lesson used to say. */
  baseSource: string;
  /** `Date.now()` of the last save. */
  savedAt: number;
}

/** Written when a cell starts running, removed when it ends: left over only if the page died. */
export interface RunMarker {
  slug: string;
  cellId: string;
  /** Id of the page visit that wrote it (its Web Lock tells whether that page still lives). */
  session: string;
  startedAt: number;
}

interface EditsSchema extends DBSchema {
  edits: { key: [string, string]; value: EditRecord; indexes: { 'by-slug': string } };
  runs: { key: string; value: RunMarker };
}

/** Storage operations the notebook needs; `IdbEditStore` is the real one, tests use fakes. */
export interface EditStore {
  lessonEdits(slug: string): Promise<EditRecord[]>;
  putEdit(record: EditRecord): Promise<void>;
  deleteEdit(slug: string, cellId: string): Promise<void>;
  deleteLessonEdits(slug: string): Promise<void>;
  runMarker(slug: string): Promise<RunMarker | undefined>;
  putRunMarker(marker: RunMarker): Promise<void>;
  deleteRunMarker(slug: string): Promise<void>;
}

/** Opens (creating on first use) the edits database of this origin. */
export function openEditsDb(): Promise<IDBPDatabase<EditsSchema>> {
  return earlyEdits.take();
}

const earlyEdits = new EarlyOpen(() =>
  openDB<EditsSchema>(EDITS_DB_NAME, 1, {
    upgrade(db) {
      const edits = db.createObjectStore('edits', { keyPath: ['slug', 'cellId'] });
      edits.createIndex('by-slug', 'slug');
      db.createObjectStore('runs', { keyPath: 'slug' });
    },
  }),
);

/** Starts opening the edits database before the notebook asks for it (see early-open.ts). */
export function prewarmEditsDb(): void {
  earlyEdits.start();
}

/** `EditStore` on IndexedDB. */
export class IdbEditStore implements EditStore {
  constructor(private readonly db: IDBPDatabase<EditsSchema>) {}

  lessonEdits(slug: string): Promise<EditRecord[]> {
    return this.db.getAllFromIndex('edits', 'by-slug', slug);
  }

  async putEdit(record: EditRecord): Promise<void> {
    await this.db.put('edits', record);
  }

  async deleteEdit(slug: string, cellId: string): Promise<void> {
    await this.db.delete('edits', [slug, cellId]);
  }

  async deleteLessonEdits(slug: string): Promise<void> {
    const tx = this.db.transaction('edits', 'readwrite');
    for (const key of await tx.store.index('by-slug').getAllKeys(slug)) await tx.store.delete(key);
    await tx.done;
  }

  runMarker(slug: string): Promise<RunMarker | undefined> {
    return this.db.get('runs', slug);
  }

  async putRunMarker(marker: RunMarker): Promise<void> {
    await this.db.put('runs', marker);
  }

  async deleteRunMarker(slug: string): Promise<void> {
    await this.db.delete('runs', slug);
  }
}
