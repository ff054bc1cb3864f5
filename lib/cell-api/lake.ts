/**
 * The `lake` global: a Parquet data lake for cells. The files live on the page (they survive
 * Stop; Restart empties the lake); every call is a typed request over the lake bridge.
 * Arguments are checked here first, so a typo fails at the cell's line with a readable message.
 */
import type { LakeCall, LakeFile } from '@/lib/lake/calls';
import type { LakeOutput } from '@/lib/kernel/outputs';
import type { SqlResultData } from '@/lib/kernel/protocol';
import { lakeMatcher, normalizeLakePath } from '@/lib/lake/paths';
import { checkTableName } from '@/lib/lake/sql';
import { errorAtCallSite } from './errors';
import { inspect } from './format';
import { rowsToArrow } from './lake-rows';
import type { LakeTransport } from './lake-bridge';
import { toSqlParam, type SqlRows } from './sql';
import { withColumns } from './table';

/** Options of `lake.write`. */
export interface LakeWriteOptions {
  /** 'file' (default) replaces only this path; 'partition' also removes the other files of its folder. */
  overwrite?: 'file' | 'partition';
}

/** A table or view made from lake files. */
export interface LakeLoadResult {
  name: string;
  files: number;
  rows: number;
}

function checkPattern(pattern: unknown, what: string): string {
  if (typeof pattern !== 'string' || pattern.trim() === '') throw new TypeError(`${what}: expects a path, folder or glob like 'bronze/sales/*/*.parquet'`);
  lakeMatcher(pattern); // throws a LakePathError for a malformed pattern
  return pattern.trim();
}

function writeOptions(options: unknown): { partition: boolean } {
  if (options === undefined) return { partition: false };
  const o = options as LakeWriteOptions;
  if (typeof o !== 'object' || o === null || (o.overwrite !== undefined && o.overwrite !== 'file' && o.overwrite !== 'partition')) {
    throw new TypeError(`lake.write: options must be { overwrite: 'file' | 'partition' }, got ${inspect(options, { depth: 1 })}`);
  }
  return { partition: o.overwrite === 'partition' };
}

/** Builds the `lake` object on a transport (the runner's bridge to the page). */
export function createLakeApi(transport: LakeTransport, emit: (output: LakeOutput) => void) {
  async function call<T>(request: () => LakeCall | Promise<LakeCall>, callSite: Error): Promise<T> {
    try {
      return (await transport(await request())) as T;
    } catch (e) {
      // The reply arrives in a message handler: re-anchor the error at the cell's call site.
      const err = e as { name?: string; message?: string };
      throw errorAtCallSite({ name: err.name ?? 'Error', message: err.message ?? String(e) }, callSite);
    }
  }

  return {
    /** Writes a query result (SQL text, `$1…` params) or rows to one Parquet file at `path`. */
    write(path: string, source: string | readonly object[], paramsOrOptions?: unknown[] | LakeWriteOptions, maybeOptions?: LakeWriteOptions): Promise<LakeFile> {
      const target = normalizeLakePath(path);
      if (source instanceof Promise) throw new TypeError('lake.write: got a Promise; add await before sql`…` (or pass the SQL text itself)');
      if (typeof source === 'string') {
        const params = Array.isArray(paramsOrOptions) ? paramsOrOptions.map((p, i) => toSqlParam(p, i + 1)) : [];
        const { partition } = writeOptions(Array.isArray(paramsOrOptions) ? maybeOptions : paramsOrOptions);
        return call(() => ({ op: 'write', path: target, source: { kind: 'sql', text: source, params }, partition }), new Error());
      }
      if (!Array.isArray(source)) throw new TypeError(`lake.write: the source must be SQL text or an array of rows, got ${inspect(source, { depth: 0 })}`);
      const { partition } = writeOptions(paramsOrOptions);
      return call(async () => ({ op: 'write', path: target, source: { kind: 'arrow', ...(await rowsToArrow(source)) }, partition }), new Error());
    },
    /** Reads the matching files into rows (at most `limit`). */
    async read<T extends object = Record<string, unknown>>(pattern: string, options: { limit?: number } = {}): Promise<SqlRows<T>> {
      const p = checkPattern(pattern, 'lake.read');
      const limit = options.limit;
      if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) throw new TypeError(`lake.read: limit must be a whole number ≥ 0, got ${inspect(limit)}`);
      const result = await call<SqlResultData>(() => ({ op: 'read', pattern: p, limit }), new Error());
      return withColumns(result.rows as T[], result.columns);
    },
    /** Loads the matching files into a DuckDB table (replaced). */
    load(pattern: string, table: string): Promise<LakeLoadResult> {
      const p = checkPattern(pattern, 'lake.load');
      const name = checkTableName(table, 'lake.load');
      return call(() => ({ op: 'load', pattern: p, name }), new Error());
    },
    /** A DuckDB view over the matching files, kept up to date as files are written or deleted. */
    view(pattern: string, name: string): Promise<LakeLoadResult> {
      const p = checkPattern(pattern, 'lake.view');
      const view = checkTableName(name, 'lake.view');
      return call(() => ({ op: 'view', pattern: p, name: view }), new Error());
    },
    /** The lake's files (those matching `pattern`, when given), sorted by path. */
    list(pattern?: string): Promise<LakeFile[]> {
      const p = pattern === undefined ? undefined : checkPattern(pattern, 'lake.list');
      return call(() => ({ op: 'list', pattern: p }), new Error());
    },
    /** Deletes the matching files; resolves to their paths. */
    delete(pattern: string): Promise<string[]> {
      const p = checkPattern(pattern, 'lake.delete');
      return call(() => ({ op: 'delete', pattern: p }), new Error());
    },
    /** Shows the lake's files below the cell, each with a download button. */
    async browse(pattern?: string): Promise<void> {
      const p = pattern === undefined ? undefined : checkPattern(pattern, 'lake.browse');
      const files = await call<LakeFile[]>(() => ({ op: 'list', pattern: p }), new Error());
      emit({ kind: 'lake', ...(p !== undefined && { pattern: p }), files });
    },
  };
}
