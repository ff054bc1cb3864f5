/**
 * The lake's Parquet checked by a second implementation: files written here (DuckDB-wasm →
 * Arrow → parquet-wasm) are read by native DuckDB (@duckdb/node-api, Parquet built in), and
 * files native DuckDB writes are read back here; rows and column types must agree.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LessonDatabase } from '@/lib/kernel/duckdb';
import { nodeEnvironment } from '@/lib/kernel/duckdb-node-env';
import { inProcessCodec } from './codec-node';
import { isParquet } from './codec';
import { LakeService } from './service';

const ALL_TYPES = `
  SELECT * FROM (VALUES
    (1::INTEGER, 9007199254740993::BIGINT, 1.5::DOUBLE, 12.34::DECIMAL(10,2), 'Seoul 서울'::VARCHAR, true,  DATE '2024-01-15', TIMESTAMP '2024-01-15 10:30:00.123456'),
    (2,          -5,                       -0.25,       -0.01,                 'O''Brien',            false, DATE '1999-12-31', TIMESTAMP '1970-01-01 00:00:00'),
    (NULL,       NULL,                     NULL,        NULL,                  NULL,                  NULL,  NULL,              NULL)
  ) t(i, big, dbl, dec, txt, flag, day, ts)`;
const TYPES = ['INTEGER', 'BIGINT', 'DOUBLE', 'DECIMAL(10,2)', 'VARCHAR', 'BOOLEAN', 'DATE', 'TIMESTAMP'];
/** Rows as text, so both engines are compared value for value without JS number rounding. */
const AS_TEXT = `SELECT i::VARCHAR AS i, big::VARCHAR AS big, dbl::VARCHAR AS dbl, dec::VARCHAR AS dec, txt, flag::VARCHAR AS flag, day::VARCHAR AS day, ts::VARCHAR AS ts`;
const EXPECTED = [
  { i: '1', big: '9007199254740993', dbl: '1.5', dec: '12.34', txt: 'Seoul 서울', flag: 'true', day: '2024-01-15', ts: '2024-01-15 10:30:00.123456' },
  { i: '2', big: '-5', dbl: '-0.25', dec: '-0.01', txt: "O'Brien", flag: 'false', day: '1999-12-31', ts: '1970-01-01 00:00:00' },
  { i: null, big: null, dbl: null, dec: null, txt: null, flag: null, day: null, ts: null },
];

let db: LessonDatabase;
let lake: LakeService;
let native: DuckDBConnection;
const dir = mkdtempSync(join(tmpdir(), 'lake-'));

beforeAll(async () => {
  db = await LessonDatabase.open({ clock: '2024-01-16T09:00:00', dataFiles: [] }, nodeEnvironment());
  lake = new LakeService(() => db, await inProcessCodec());
  native = await (await DuckDBInstance.create(':memory:')).connect();
}, 120_000); // starting DuckDB-wasm takes seconds, more on a busy machine
afterAll(() => db?.close());

async function nativeRows(sql: string) {
  return (await native.runAndReadAll(sql)).getRowObjectsJson();
}

describe('Parquet written by the lake, read by native DuckDB', () => {
  it('keeps rows, NULLs and the types INTEGER … TIMESTAMP', async () => {
    const info = await lake.write('bronze/t/date=2024-01-15/part-0.parquet', { kind: 'sql', text: ALL_TYPES });
    expect(info).toMatchObject({ rows: 3, columns: TYPES.map((type, k) => ({ name: ['i', 'big', 'dbl', 'dec', 'txt', 'flag', 'day', 'ts'][k], type })) });
    const bytes = lake.store.get(info.path)!;
    expect(isParquet(bytes)).toBe(true);
    const file = join(dir, 'written.parquet');
    writeFileSync(file, bytes);
    const described = await nativeRows(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
    expect(described.map((r) => r.column_type)).toEqual(TYPES);
    expect(await nativeRows(`${AS_TEXT} FROM read_parquet('${file}') ORDER BY i NULLS LAST`)).toEqual(EXPECTED);
  });

  it('types rows a cell hands in as their declared DuckDB types', async () => {
    const { tableFromArrays, tableToIPC } = await import('apache-arrow');
    // How the runner sends rows: transport types (numbers, strings), plus the declared types.
    const ipc = tableToIPC(tableFromArrays({ id: Float64Array.from([1, 2]), amount: ['12.50', '3.00'], day: ['2024-01-15', '2024-01-16'] }), 'stream');
    const columns = [{ name: 'id', type: 'INTEGER' }, { name: 'amount', type: 'DECIMAL(8,2)' }, { name: 'day', type: 'DATE' }];
    const info = await lake.write('rows.parquet', { kind: 'arrow', ipc, columns });
    const file = join(dir, 'rows.parquet');
    writeFileSync(file, lake.store.get(info.path)!);
    expect((await nativeRows(`DESCRIBE SELECT * FROM '${file}'`)).map((r) => r.column_type)).toEqual(['INTEGER', 'DECIMAL(8,2)', 'DATE']);
    expect(await nativeRows(`SELECT amount::VARCHAR AS a, day::VARCHAR AS d FROM '${file}' ORDER BY id`)).toEqual([{ a: '12.50', d: '2024-01-15' }, { a: '3.00', d: '2024-01-16' }]);
  });
});

describe('nested types', () => {
  it('writes LIST and STRUCT columns from SQL and loads them back', async () => {
    const info = await lake.write('nested.parquet', { kind: 'sql', text: `SELECT [1, 2, NULL]::INTEGER[] AS l, {'a': 1, 'b': 'x'} AS s` });
    const file = join(dir, 'nested.parquet');
    writeFileSync(file, lake.store.get(info.path)!);
    expect((await nativeRows(`DESCRIBE SELECT * FROM '${file}'`)).map((r) => r.column_type)).toEqual(['INTEGER[]', 'STRUCT(a INTEGER, b VARCHAR)']);
    await lake.load('nested.parquet', 'nested_back');
    expect((await db.query('SELECT l, s FROM nested_back')).rows).toEqual([{ l: [1, 2, null], s: { a: 1, b: 'x' } }]);
  });
});

describe('Parquet written by native DuckDB, read by the lake', () => {
  it('loads partitions into one table with the partition column, types intact', async () => {
    for (const day of ['2024-01-14', '2024-01-15']) {
      const file = join(dir, `native-${day}.parquet`);
      await native.run(`COPY (${ALL_TYPES}) TO '${file}' (FORMAT parquet)`);
      lake.store.put(`native/sales/date=${day}/part-0.parquet`, new Uint8Array(readFileSync(file)), { rows: 3, columns: [] });
    }
    const loaded = await lake.load('native/sales/*/*.parquet', 'native_sales');
    expect(loaded).toEqual({ name: 'native_sales', files: 2, rows: 6 });
    const described = await db.query('DESCRIBE native_sales');
    expect(described.rows.map((r) => r.column_type)).toEqual([...TYPES, 'DATE']);
    const rows = await db.query(`${AS_TEXT}, date::VARCHAR AS date FROM native_sales WHERE date = DATE '2024-01-15' ORDER BY i NULLS LAST`);
    expect(rows.rows).toEqual(EXPECTED.map((r) => ({ ...r, date: '2024-01-15' })));
  });
});
