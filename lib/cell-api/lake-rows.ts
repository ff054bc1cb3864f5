/**
 * Rows a cell hands to `lake.write` → an Arrow IPC stream plus the DuckDB type of each column.
 * The page inserts the stream into a staging table and casts every column to its type, so the
 * file gets DuckDB's exact types: SQL rows keep theirs (their hidden `columns`), plain JS rows
 * get inferred ones. Arrow only carries values across: numbers as DOUBLE, booleans as BOOLEAN,
 * everything else as text DuckDB then casts ('2024-01-15' → DATE).
 */
import type { TableColumn } from '@/lib/kernel/outputs';
import { isWritableType } from '@/lib/lake/sql';
import { inspect } from './format';
import { sqlColumns } from './table';

/** Rows that cannot be written as they are. */
export class LakeRowsError extends TypeError {
  constructor(message: string) {
    super(`lake.write: ${message}`);
    this.name = 'LakeRowsError';
  }
}

type Kind = 'number' | 'integer' | 'boolean' | 'string' | 'bigint' | 'date';

function kindOf(v: unknown, column: string): Kind | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return Number.isSafeInteger(v) ? 'integer' : 'number';
  if (typeof v === 'boolean' || typeof v === 'string' || typeof v === 'bigint') return typeof v as Kind;
  if (v instanceof Date) return 'date';
  throw new LakeRowsError(`column '${column}' holds ${inspect(v, { depth: 0 })}; lists and objects are written from SQL instead: lake.write(path, 'SELECT …')`);
}

/** The DuckDB type JS values of one column get when no SQL type is known. */
function inferType(kinds: Set<Kind>, column: string): string {
  if (kinds.size === 0) return 'VARCHAR';
  if ([...kinds].every((k) => k === 'integer' || k === 'bigint')) return 'BIGINT';
  if ([...kinds].every((k) => k === 'integer' || k === 'number')) return 'DOUBLE';
  if (kinds.size === 1) return { boolean: 'BOOLEAN', string: 'VARCHAR', date: 'TIMESTAMP' }[[...kinds][0] as 'boolean' | 'string' | 'date'];
  throw new LakeRowsError(`column '${column}' mixes ${[...kinds].join(' and ')} values; give every row the same type`);
}

/** Text DuckDB casts back exactly: Dates as UTC 'YYYY-MM-DD HH:MM:SS.mmm'. */
function asText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().replace('T', ' ').replace('Z', '');
  return String(v);
}

/** Arrow IPC of `rows` and the DuckDB types the page casts the columns to. */
export async function rowsToArrow(rows: readonly unknown[]): Promise<{ ipc: Uint8Array; columns: TableColumn[] }> {
  const known = sqlColumns(rows);
  if (rows.length === 0 && !known) throw new LakeRowsError('the rows are empty and have no column types; write an empty result from SQL instead');
  const bad = rows.findIndex((r) => typeof r !== 'object' || r === null || Array.isArray(r));
  if (bad >= 0) throw new LakeRowsError(`rows[${bad}] must be an object like { id: 1, amount: 9.5 }, got ${inspect(rows[bad], { depth: 0 })}`);
  const records = rows as readonly Record<string, unknown>[];
  const names = known ? known.map((c) => c.name) : [...new Set(records.flatMap((r) => Object.keys(r)))];
  if (names.length === 0) throw new LakeRowsError('the rows have no columns');
  const kinds = new Map(names.map((n) => [n, new Set<Kind>()]));
  for (const row of records) for (const n of names) {
    const k = kindOf(row[n], n);
    if (k) kinds.get(n)!.add(k);
  }
  const columns = names.map((name, i) => ({ name, type: known ? known[i].type : inferType(kinds.get(name)!, name) }));
  for (const c of columns) {
    if (!isWritableType(c.type)) throw new LakeRowsError(`column '${c.name}' is ${c.type}, which rows cannot carry; write it from SQL instead: lake.write(path, 'SELECT …')`);
  }
  // apache-arrow is loaded only when a cell writes rows to the lake.
  const { Bool, Float64, Table, Utf8, tableToIPC, vectorFromArray } = await import('apache-arrow');
  const vectors = Object.fromEntries(
    names.map((n) => {
      const ks = kinds.get(n)!;
      const values = records.map((r) => r[n]);
      if (ks.size > 0 && [...ks].every((k) => k === 'integer' || k === 'number')) return [n, vectorFromArray(values.map((v) => (v ?? null) as number | null), new Float64())];
      if (ks.size === 1 && ks.has('boolean')) return [n, vectorFromArray(values.map((v) => (v ?? null) as boolean | null), new Bool())];
      return [n, vectorFromArray(values.map(asText), new Utf8())];
    }),
  );
  return { ipc: tableToIPC(new Table(vectors), 'stream'), columns };
}
