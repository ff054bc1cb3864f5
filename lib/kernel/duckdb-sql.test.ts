import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toQueryResult } from './convert';
import { checkDataFile, clockMacrosSql, loadTableSql, OFFLINE_SETTINGS_SQL, quoteIdentifier, quoteString, tableReference } from './duckdb-sql';
import { openBlockingDuckDB, type BlockingDuckDB } from './duckdb-testing';

let db: BlockingDuckDB;
beforeAll(async () => {
  db = await openBlockingDuckDB();
});
afterAll(() => db.close());

const rows = (sql: string) => toQueryResult(db.query(sql)).rows;

describe('clock macros', () => {
  it('defines lesson_now, lesson_today and lesson_yesterday in real DuckDB', () => {
    db.query(clockMacrosSql('2024-03-01T09:15:30'));
    expect(rows('SELECT lesson_now() AS now, lesson_today() AS today, lesson_yesterday() AS yesterday')).toEqual([
      { now: '2024-03-01 09:15:30', today: '2024-03-01', yesterday: '2024-02-29' },
    ]);
    const types = toQueryResult(db.query('SELECT lesson_now() a, lesson_today() b, lesson_yesterday() c')).columns.map((c) => c.type);
    expect(types).toEqual(['TIMESTAMP', 'DATE', 'DATE']);
  });

  it('replaces the macros when the clock changes, and crosses year boundaries', () => {
    db.query(clockMacrosSql('2025-01-01T00:00:00'));
    expect(rows('SELECT lesson_yesterday() AS y, lesson_today() - INTERVAL 1 DAY AS via_interval')).toEqual([
      { y: '2024-12-31', via_interval: '2024-12-31 00:00:00' },
    ]);
  });

  it.each(['2024-02-30T00:00:00', '2024-13-01T00:00:00', '2024-01-01 00:00:00', '2024-01-01T24:00:00', "2024-01-01T00:00:00'; DROP TABLE x; --", ''])(
    'rejects the invalid clock %j',
    (clock) => {
      expect(() => clockMacrosSql(clock)).toThrow(/Invalid lesson clock/);
    },
  );
});

describe('offline settings', () => {
  it('make a missing extension fail fast with a catalog error instead of loading it', () => {
    db.query(OFFLINE_SETTINGS_SQL);
    const started = Date.now();
    expect(() => db.query(`SELECT '{}'::JSON`)).toThrow(/json extension/);
    expect(() => db.query('SELECT CURRENT_DATE')).toThrow(/icu extension/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('data files', () => {
  it('accepts csv and tsv files with plain and schema-qualified tables', () => {
    expect(() => checkDataFile({ file: 'sales_raw.csv', url: '/x', table: 'sales' })).not.toThrow();
    expect(() => checkDataFile({ file: 'events-2024.tsv', url: '/x', table: 'raw.events' })).not.toThrow();
    expect(() => checkDataFile({ file: 'notes.CSV', url: '/x' })).not.toThrow();
  });

  it('explains that parquet and json data files are not available offline', () => {
    expect(() => checkDataFile({ file: 'sales.parquet', url: '/x' })).toThrow(/parquet files cannot be read yet.*offline/);
    expect(() => checkDataFile({ file: 'events.json', url: '/x' })).toThrow(/json files cannot be read yet/);
    expect(() => checkDataFile({ file: 'events.ndjson', url: '/x' })).toThrow(/json/);
    expect(() => checkDataFile({ file: 'data.xlsx', url: '/x' })).toThrow(/only .csv and .tsv/);
  });

  it.each(['../etc/passwd.csv', 'dir/file.csv', "it's.csv", '', '.hidden.csv'])('rejects the file name %j', (file) => {
    expect(() => checkDataFile({ file, url: '/x' })).toThrow(/Invalid data file name/);
  });

  it.each(['1sales', 'sales-raw', 'a.b.c', 'sales; DROP TABLE x', '"quoted"', ''])('rejects the table name %j', (table) => {
    expect(() => checkDataFile({ file: 'a.csv', url: '/x', table })).toThrow(/Invalid table name/);
  });

  it('quotes identifiers and strings', () => {
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
    expect(quoteString("it's")).toBe("'it''s'");
    expect(tableReference('raw.sales')).toEqual({ schema: 'raw', sql: '"raw"."sales"' });
  });

  it('loads a registered CSV into a table (and into a schema) in real DuckDB', () => {
    expect(loadTableSql({ file: 'x.csv', url: '/x' })).toBe('');
    // CSV text through a table function stands in for the registered file here.
    const sql = loadTableSql({ file: 'x.csv', url: '/x', table: 'raw.sales' }).replace(
      "read_csv_auto('x.csv')",
      `(SELECT * FROM (VALUES (1, 'a'), (2, 'b')) t(id, name))`,
    );
    db.query(sql);
    expect(rows('SELECT * FROM raw.sales ORDER BY id')).toEqual([{ id: 1, name: 'a' }, { id: 2, name: 'b' }]);
    db.query(sql); // CREATE OR REPLACE: loading twice is fine
    expect(rows('SELECT count(*) AS n FROM raw.sales')).toEqual([{ n: 2 }]);
  });
});
