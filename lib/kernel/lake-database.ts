/**
 * The lake's view of the kernel's database: the page's `LessonDatabase` has the Arrow calls the
 * lake needs; a database without them (a test fake) gives a clear error instead of a crash.
 */
import type { LakeDatabase } from '@/lib/lake/service';
import type { KernelDatabase } from './kernel-deps';

/** `db` as a `LakeDatabase`, or throws why it cannot be one. */
export function lakeDatabaseOf(db: KernelDatabase | undefined): LakeDatabase {
  if (!db) throw new Error('the database is not ready yet');
  const { queryArrow, insertArrow } = db;
  if (!queryArrow || !insertArrow) throw new Error('this database cannot exchange Arrow data with the lake');
  return {
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    queryArrow: (sql, params) => queryArrow.call(db, sql, params),
    insertArrow: (name, ipc) => insertArrow.call(db, name, ipc),
  };
}
