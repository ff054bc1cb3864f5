/**
 * Lake paths: the object-store-like keys of the page's Parquet lake
 * (`bronze/sales/date=2024-01-15/part-0.parquet`), the patterns that select them (one path, a
 * folder, or a glob) and the Hive partition values a path carries (`date=2024-01-15`).
 * Pure functions, shared by the runner (early, readable errors) and the page (the store).
 */

/** A bad path or pattern; the message says what to write instead. */
export class LakePathError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'LakePathError';
  }
}

const SEGMENT = /^[\p{L}\p{N}_.=\-+@ ]+$/u;
const GLOB_CHARS = /[*?]/;

function checkSegments(path: string, what: string, allowGlob: boolean): string[] {
  const segments = path.split('/');
  for (const segment of segments) {
    if (segment === '' ) throw new LakePathError(`${what} "${path}" has an empty folder name (a double or leading "/")`);
    if (segment === '.' || segment === '..') throw new LakePathError(`${what} "${path}" may not contain "." or ".." folders`);
    const plain = allowGlob ? segment.replace(/\*\*|\*|\?/g, '') : segment;
    if (plain !== '' && !SEGMENT.test(plain)) {
      throw new LakePathError(`${what} "${path}": "${segment}" may only use letters, digits, spaces and _ . = - + @${allowGlob ? ' (and * ? ** in patterns)' : ''}`);
    }
  }
  return segments;
}

/**
 * Checks and normalises the path of one lake file: relative, `/`-separated, ending in
 * `.parquet` (every lake file is Parquet). A leading `/` is dropped.
 */
export function normalizeLakePath(path: unknown): string {
  if (typeof path !== 'string' || path.trim() === '') throw new LakePathError('a lake path must be a non-empty string like "bronze/sales/part-0.parquet"');
  const p = path.trim().replace(/^\/+/, '');
  if (GLOB_CHARS.test(p)) throw new LakePathError(`lake path "${p}" contains * or ?: a file path cannot be a pattern`);
  if (!p.endsWith('.parquet')) throw new LakePathError(`lake path "${p}" must end with .parquet (every lake file is a Parquet file)`);
  checkSegments(p, 'lake path', false);
  return p;
}

/** True when the pattern contains glob characters. */
export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher for a lake pattern, as DuckDB's `read_parquet` globs: `*` and `?` stay inside one
 * folder, `**` spans folders. A pattern without glob characters that does not end in
 * `.parquet` is a folder: every file below it (`bronze/sales` = `bronze/sales/**`).
 * An empty pattern (or `*`-free "") matches the whole lake.
 */
export function lakeMatcher(pattern: unknown): (path: string) => boolean {
  if (pattern === undefined || pattern === '' || pattern === '/') return () => true;
  if (typeof pattern !== 'string') throw new LakePathError('a lake pattern must be a string like "bronze/sales/*/*.parquet" or a folder like "bronze/sales"');
  let p = pattern.trim().replace(/^\/+/, '');
  if (!isGlob(p) && !p.endsWith('.parquet')) p = `${p.replace(/\/+$/, '')}/**`;
  checkSegments(p, 'lake pattern', true);
  let source = '';
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch === '*' && p[i + 1] === '*') {
      // `a/**/b` also matches `a/b`; a trailing `**` matches everything below.
      if (p[i + 2] === '/') {
        source += '(?:[^/]+/)*';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += escapeRegExp(ch);
  }
  const re = new RegExp(`^${source}$`, 'u');
  return (path) => re.test(path);
}

/** The folder of a lake path (`a/b/c.parquet` → `a/b`; top-level files → ''). */
export function lakeFolder(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** One `key=value` folder of a path: a Hive-style partition column. */
export interface HivePartition {
  key: string;
  value: string;
}

const PARTITION_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The Hive partitions of a path, outermost first (`year=2024/month=01/x.parquet`). */
export function hivePartitions(path: string): HivePartition[] {
  const out: HivePartition[] = [];
  for (const segment of lakeFolder(path).split('/')) {
    const eq = segment.indexOf('=');
    if (eq <= 0) continue;
    const key = segment.slice(0, eq);
    if (PARTITION_KEY.test(key)) out.push({ key, value: segment.slice(eq + 1) });
  }
  return out;
}
