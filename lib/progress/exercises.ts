/**
 * The student's exercise and quiz records in the browser's IndexedDB, in a database of its own
 * (`de-notebook-progress`; the student's edited code lives elsewhere). One record per lesson and
 * activity; each change is a read-modify-write in one transaction, so two tabs cannot lose an attempt.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { emptyRecord, type ActivityKind, type ActivityRecord } from './record';

export const PROGRESS_DB = 'de-notebook-progress';
const VERSION = 1;

interface ProgressSchema extends DBSchema {
  activities: {
    key: [string, string];
    value: ActivityRecord;
    indexes: { 'by-lesson': string };
  };
  /** Small settings: the student's name for exports. */
  meta: { key: string; value: string };
}

/** Access to the progress database. */
export class ProgressStore {
  private constructor(private readonly db: IDBPDatabase<ProgressSchema>) {}

  /** Opens (and on first use creates) the database. Rejects where IndexedDB is unavailable. */
  static async open(): Promise<ProgressStore> {
    const db = await openDB<ProgressSchema>(PROGRESS_DB, VERSION, {
      upgrade(database) {
        const activities = database.createObjectStore('activities', { keyPath: ['lesson', 'id'] });
        activities.createIndex('by-lesson', 'lesson');
        database.createObjectStore('meta');
      },
    });
    return new ProgressStore(db);
  }

  /** Every record, or those of one lesson. */
  list(lesson?: string): Promise<ActivityRecord[]> {
    return lesson === undefined ? this.db.getAll('activities') : this.db.getAllFromIndex('activities', 'by-lesson', lesson);
  }

  get(lesson: string, id: string): Promise<ActivityRecord | undefined> {
    return this.db.get('activities', [lesson, id]);
  }

  /** Applies `change` to the stored record (or an empty one) and stores the result. */
  async update(lesson: string, id: string, kind: ActivityKind, change: (r: ActivityRecord) => ActivityRecord): Promise<ActivityRecord> {
    const tx = this.db.transaction('activities', 'readwrite');
    const current = (await tx.store.get([lesson, id])) ?? emptyRecord(lesson, id, kind);
    const next = change(current);
    await tx.store.put(next);
    await tx.done;
    return next;
  }

  getMeta(key: string): Promise<string | undefined> {
    return this.db.get('meta', key);
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.db.put('meta', value, key);
  }

  close(): void {
    this.db.close();
  }
}
