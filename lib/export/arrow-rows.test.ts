/**
 * The Parquet export checked by a second implementation: rows of a table output go through
 * Arrow and the lake's codec into a file native DuckDB reads back with the same values and types.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { isParquet } from '@/lib/lake/codec';
import { inProcessCodec } from '@/lib/lake/codec-node';
import { rowsToArrowIpc } from './arrow-rows';

const COLUMNS = [
  { name: 'id', type: 'INTEGER' },
  { name: 'big', type: 'BIGINT' },
  { name: 'amount', type: 'DECIMAL(10,2)' },
  { name: 'region', type: 'VARCHAR' },
  { name: 'ok', type: 'BOOLEAN' },
  { name: 'day', type: 'DATE' },
  { name: 'ts', type: 'TIMESTAMP' },
  { name: 'tags', type: 'VARCHAR[]' },
];
const ROWS = [
  { id: 1, big: 9007199254740991, amount: 12.34, region: '서울, 강남', ok: true, day: '2024-01-15', ts: '2024-01-15 10:30:00.123456', tags: ['a', 'b'] },
  { id: null, big: null, amount: null, region: null, ok: null, day: null, ts: null, tags: null },
];

describe('rowsToArrowIpc + the lake codec', () => {
  it('writes a Parquet file native DuckDB reads with the same rows and types', async () => {
    const codec = await inProcessCodec();
    const { bytes, rows } = await codec.encode(rowsToArrowIpc(COLUMNS, ROWS));
    expect(rows).toBe(2);
    expect(isParquet(bytes)).toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), 'export-')), 't.parquet');
    writeFileSync(file, bytes);
    const native = await (await DuckDBInstance.create(':memory:')).connect();
    const types = (await native.runAndReadAll(`DESCRIBE SELECT * FROM '${file}'`)).getRowObjectsJson().map((r) => r.column_type);
    expect(types).toEqual(['INTEGER', 'BIGINT', 'DOUBLE', 'VARCHAR', 'BOOLEAN', 'DATE', 'TIMESTAMP', 'VARCHAR']);
    const back = (await native.runAndReadAll(`SELECT id, big::VARCHAR AS big, amount, region, ok, day::VARCHAR AS day, ts::VARCHAR AS ts, tags FROM '${file}'`)).getRowObjectsJson();
    expect(back).toEqual([
      { id: 1, big: '9007199254740991', amount: 12.34, region: '서울, 강남', ok: true, day: '2024-01-15', ts: '2024-01-15 10:30:00.123456', tags: '["a","b"]' },
      { id: null, big: null, amount: null, region: null, ok: null, day: null, ts: null, tags: null },
    ]);
  });
});
