/**
 * The lake's files: Parquet bytes by path, in the page's memory. Page-owned like DuckDB, so a
 * stopped or crashed runner never loses a file; Restart clears it (like the database, the lake
 * starts empty in a fresh runtime); a page reload loses it.
 *
 * A put replaces any file at that path (so re-running a load never duplicates rows); a
 * partition put also removes the other files of that folder, atomically.
 */
import type { TableColumn } from '@/lib/kernel/outputs';
import { lakeFolder, lakeMatcher } from './paths';

/** What the lake knows about one file (the bytes are kept separately). */
export interface LakeFileInfo {
  path: string;
  /** File size in bytes. */
  bytes: number;
  rows: number;
  /** Column names and DuckDB types, as written. */
  columns: TableColumn[];
  /** Increases with every write to the lake: a later file has a larger version. */
  version: number;
}

/** Upper bound of all files together: past it a write fails with a readable error. */
export const LAKE_MAX_BYTES = 512 * 1024 * 1024;

/** A write that would overflow the lake. */
export class LakeFullError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LakeFullError';
  }
}

/** In-memory Parquet files by path. */
export class LakeStore {
  private readonly files = new Map<string, { info: LakeFileInfo; data: Uint8Array }>();
  private version = 0;
  private total = 0;

  constructor(private readonly maxBytes = LAKE_MAX_BYTES) {}

  /**
   * Stores a file, replacing the one at `path`. With `partition`, every other file in the same
   * folder is removed too (an overwrite of the whole partition). Returns the paths removed.
   */
  put(path: string, data: Uint8Array, meta: { rows: number; columns: TableColumn[] }, options: { partition?: boolean } = {}): { info: LakeFileInfo; removed: string[] } {
    const folder = lakeFolder(path);
    const replaced = [...this.files.keys()].filter((p) => p === path || (options.partition && lakeFolder(p) === folder));
    const freed = replaced.reduce((sum, p) => sum + this.files.get(p)!.info.bytes, 0);
    if (this.total - freed + data.length > this.maxBytes) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      throw new LakeFullError(`the lake is full: ${mb(this.total)} stored, this file is ${mb(data.length)}, the limit is ${mb(this.maxBytes)}; delete files with lake.delete(pattern)`);
    }
    for (const p of replaced) this.remove(p);
    const info: LakeFileInfo = { path, bytes: data.length, rows: meta.rows, columns: meta.columns, version: ++this.version };
    this.files.set(path, { info, data });
    this.total += data.length;
    return { info, removed: replaced.filter((p) => p !== path) };
  }

  /** The bytes of one file, or undefined. */
  get(path: string): Uint8Array | undefined {
    return this.files.get(path)?.data;
  }

  /** Files matching a path, folder or glob (see `lakeMatcher`), sorted by path. */
  list(pattern?: string): LakeFileInfo[] {
    const match = lakeMatcher(pattern);
    return [...this.files.values()]
      .map((f) => f.info)
      .filter((info) => match(info.path))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Deletes the files matching `pattern`; returns their paths. */
  delete(pattern: string): string[] {
    const paths = this.list(pattern).map((f) => f.path);
    for (const p of paths) this.remove(p);
    return paths;
  }

  /** Empties the lake. */
  clear(): void {
    this.files.clear();
    this.total = 0;
  }

  /** Bytes stored, all files together. */
  get totalBytes(): number {
    return this.total;
  }

  private remove(path: string) {
    const f = this.files.get(path);
    if (!f) return;
    this.files.delete(path);
    this.total -= f.info.bytes;
  }
}
