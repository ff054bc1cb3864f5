import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toQueryResult, uniqueNames } from './convert';
import { openBlockingDuckDB, type BlockingDuckDB } from './duckdb-testing';

let db: BlockingDuckDB;
beforeAll(async () => {
  db = await openBlockingDuckDB();
});
afterAll(() => db.close());

/** Converts the first row of a real DuckDB result. */
function one(sql: string) {
  const result = toQueryResult(db.query(sql));
  return { row: result.rows[0], types: Object.fromEntries(result.columns.map((c) => [c.name, c.type])) };
}

describe('toQueryResult: integers and decimals', () => {
  it('gives BIGINT as a number typed BIGINT', () => {
    expect(one('SELECT 1::BIGINT AS x')).toEqual({ row: { x: 1 }, types: { x: 'BIGINT' } });
  });

  it('gives SUM of integers (HUGEINT) as a number', () => {
    const { row, types } = one('SELECT SUM(x) AS s FROM (VALUES (1), (2), (39)) t(x)');
    expect(row).toEqual({ s: 42 });
    expect(types.s).toBe('HUGEINT');
  });

  it('names every integer width', () => {
    const { row, types } = one(
      'SELECT 1::TINYINT a, 2::SMALLINT b, 3::INTEGER c, 4::UTINYINT d, 5::USMALLINT e, 6::UINTEGER f, 7::UBIGINT g, 8::UHUGEINT h',
    );
    expect(row).toEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 });
    expect(Object.values(types)).toEqual(['TINYINT', 'SMALLINT', 'INTEGER', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT', 'UHUGEINT']);
  });

  it('keeps negative and extreme wide integers, rounding beyond 2^53 as documented', () => {
    const { row } = one(`SELECT -5::BIGINT a, 9007199254740993::BIGINT b, -9007199254740993::BIGINT c,
      (-3)::HUGEINT d, 18446744073709551615::UBIGINT e, (-170141183460469231731687303715884105728)::HUGEINT f,
      9223372036854775807::BIGINT g, 340282366920938463463374607431768211455::UHUGEINT h`);
    expect(row).toEqual({
      a: -5,
      b: 9007199254740992, // 2^53 + 1 is not a double: documented loss
      c: -9007199254740992,
      d: -3,
      e: 18446744073709551615,
      f: -170141183460469231731687303715884105728,
      g: 9223372036854775807,
      h: 340282366920938463463374607431768211455,
    });
  });

  it('scales DECIMAL values, exactly like the JS literal', () => {
    const { row, types } = one(`SELECT 12.34::DECIMAL(10,2) a, -0.05::DECIMAL(4,2) b, 1.5::DECIMAL(38,10) c,
      123456789012345678.1234567891::DECIMAL(38,10) d, 0.000000000000000000000000000001::DECIMAL(38,30) e, 99.9::DECIMAL(3,1) f`);
    expect(row).toEqual({ a: 12.34, b: -0.05, c: 1.5, d: 123456789012345678.1234567891, e: 1e-30, f: 99.9 });
    expect(types).toEqual({ a: 'DECIMAL(10,2)', b: 'DECIMAL(4,2)', c: 'DECIMAL(38,10)', d: 'DECIMAL(38,10)', e: 'DECIMAL(38,30)', f: 'DECIMAL(3,1)' });
  });

  it('gives floats as their shortest decimal and keeps NaN and infinities', () => {
    const { row, types } = one(`SELECT 0.1::FLOAT a, 1.5::DOUBLE b, 'NaN'::DOUBLE c, '-inf'::DOUBLE d, 1/3 e`);
    expect(row).toEqual({ a: 0.1, b: 1.5, c: NaN, d: -Infinity, e: 1 / 3 });
    expect(types).toEqual({ a: 'FLOAT', b: 'DOUBLE', c: 'DOUBLE', d: 'DOUBLE', e: 'DOUBLE' });
  });

  it('decodes BIGNUM', () => {
    const { row, types } = one(`SELECT 300::BIGNUM a, (-2)::BIGNUM b, 0::BIGNUM c`);
    expect(row).toEqual({ a: 300, b: -2, c: 0 });
    expect(types.a).toBe('BIGNUM');
  });
});

describe('toQueryResult: text, booleans, bytes', () => {
  it('converts strings (ASCII, non-ASCII, empty), UUID and ENUM', () => {
    const { row, types } = one(`SELECT 'hello' a, 'héllo wörld ✓' b, '' c, '00000000-0000-0000-0000-000000000001'::UUID d,
      'sad'::ENUM('sad', 'happy') e`);
    expect(row).toEqual({ a: 'hello', b: 'héllo wörld ✓', c: '', d: '00000000-0000-0000-0000-000000000001', e: 'sad' });
    expect(types).toEqual({ a: 'VARCHAR', b: 'VARCHAR', c: 'VARCHAR', d: 'VARCHAR', e: 'ENUM' });
  });

  it('converts mixed ASCII and non-ASCII values in one column', () => {
    const rows = toQueryResult(db.query(`SELECT * FROM (VALUES ('plain'), ('ünïcode'), (NULL), ('x')) t(s)`)).rows;
    expect(rows.map((r) => r.s)).toEqual(['plain', 'ünïcode', null, 'x']);
  });

  it('converts BOOLEAN with NULLs', () => {
    const rows = toQueryResult(db.query('SELECT * FROM (VALUES (true), (false), (NULL)) t(b)')).rows;
    expect(rows).toEqual([{ b: true }, { b: false }, { b: null }]);
  });

  it('gives BLOB as a Uint8Array copy', () => {
    const { row, types } = one(`SELECT '\\xAA\\x00b'::BLOB a`);
    expect(row.a).toBeInstanceOf(Uint8Array);
    expect(Array.from(row.a as Uint8Array)).toEqual([0xaa, 0x00, 0x62]);
    expect((row.a as Uint8Array).byteLength).toBe((row.a as Uint8Array).buffer.byteLength);
    expect(types.a).toBe('BLOB');
  });
});

describe('toQueryResult: dates and times', () => {
  it('formats DATE, TIMESTAMP, TIME', () => {
    const { row, types } = one(`SELECT DATE '2024-01-15' d, TIMESTAMP '2024-01-15 10:30:00' ts,
      TIMESTAMP '2024-01-15 10:30:00.123' ms, TIMESTAMP '2024-01-15 10:30:00.5' half, TIME '10:30:00' t`);
    expect(row).toEqual({ d: '2024-01-15', ts: '2024-01-15 10:30:00', ms: '2024-01-15 10:30:00.123', half: '2024-01-15 10:30:00.5', t: '10:30:00' });
    expect(types).toEqual({ d: 'DATE', ts: 'TIMESTAMP', ms: 'TIMESTAMP', half: 'TIMESTAMP', t: 'TIME' });
  });

  it('formats other timestamp precisions and time zones', () => {
    const { row, types } = one(`SELECT TIMESTAMP_S '2024-01-01 00:00:01' s, TIMESTAMP_MS '2024-01-01 00:00:01.5' ms,
      TIMESTAMP_NS '2024-01-01 00:00:01.123456789' ns, TIMESTAMPTZ '2024-01-01 10:00:00+00' tz`);
    expect(row).toEqual({ s: '2024-01-01 00:00:01', ms: '2024-01-01 00:00:01.5', ns: '2024-01-01 00:00:01.123456789', tz: '2024-01-01 10:00:00+00' });
    expect(types).toEqual({ s: 'TIMESTAMP_S', ms: 'TIMESTAMP_MS', ns: 'TIMESTAMP_NS', tz: 'TIMESTAMP WITH TIME ZONE' });
  });

  it('formats infinities and BC dates as DuckDB prints them', () => {
    const { row } = one(`SELECT 'infinity'::DATE a, '-infinity'::TIMESTAMP b, DATE '-0044-03-15' c, TIMESTAMP '-0044-03-15 01:02:03' d`);
    expect(row).toEqual({ a: 'infinity', b: '-infinity', c: '0045-03-15 (BC)', d: '0045-03-15 (BC) 01:02:03' });
  });

  it('formats INTERVAL readably', () => {
    const { row, types } = one(`SELECT INTERVAL 3 DAY + INTERVAL 2 HOUR a, INTERVAL 14 MONTH b, -INTERVAL 25 HOUR c,
      INTERVAL 0 DAY d, INTERVAL 1500 MICROSECOND e`);
    expect(row).toEqual({ a: '3 days 02:00:00', b: '1 year 2 months', c: '-25:00:00', d: '00:00:00', e: '00:00:00.0015' });
    expect(types.a).toBe('INTERVAL');
  });
});

describe('toQueryResult: nesting, NULLs, shape', () => {
  it('gives NULL of every type as null', () => {
    const types = ['INTEGER', 'BIGINT', 'HUGEINT', 'DECIMAL(10,2)', 'DOUBLE', 'VARCHAR', 'BOOLEAN', 'DATE', 'TIMESTAMP', 'TIME', 'INTERVAL', 'BLOB', 'INTEGER[]', 'STRUCT(a INTEGER)', 'MAP(VARCHAR, INTEGER)'];
    const { row } = one(`SELECT ${types.map((t, k) => `NULL::${t} c${k}`).join(', ')}, NULL n`);
    expect(Object.values(row)).toEqual(new Array(types.length + 1).fill(null));
  });

  it('converts lists, structs, maps, arrays and unions recursively', () => {
    const { row, types } = one(`SELECT [[1, 2], NULL, [3]] ll, [{'a': 1, 'd': DATE '2024-01-02'}, NULL] ls,
      {'x': [1.5, NULL], 'y': {'z': TIMESTAMP '2024-01-01 00:00:00'}} s, MAP {'k': 1, 'j': NULL} m,
      [1, 2]::INTEGER[2] arr, union_value(num := 2)::UNION(num INTEGER, str VARCHAR) u, []::INTEGER[] empty`);
    expect(row).toEqual({
      ll: [[1, 2], null, [3]],
      ls: [{ a: 1, d: '2024-01-02' }, null],
      s: { x: [1.5, null], y: { z: '2024-01-01 00:00:00' } },
      m: { k: 1, j: null },
      arr: [1, 2],
      u: 2,
      empty: [],
    });
    expect(types).toEqual({
      ll: 'INTEGER[][]',
      ls: 'STRUCT(a INTEGER, d DATE)[]',
      s: 'STRUCT(x DECIMAL(2,1)[], y STRUCT(z TIMESTAMP))',
      m: 'MAP(VARCHAR, INTEGER)',
      arr: 'INTEGER[2]',
      u: 'UNION(num INTEGER, str VARCHAR)',
      empty: 'INTEGER[]',
    });
  });

  it('returns plain objects that structured-clone', () => {
    const result = toQueryResult(db.query(`SELECT 1 a, [1] l, {'b': 2} s, 'x'::BLOB bl`));
    expect(Object.getPrototypeOf(result.rows[0])).toBe(Object.prototype);
    expect(structuredClone(result)).toEqual(result);
  });

  it('keeps order across many record batches', () => {
    const result = toQueryResult(db.query('SELECT i::INTEGER AS i, i::VARCHAR AS s FROM range(10000) t(i) ORDER BY i'));
    expect(result.rowCount).toBe(10000);
    expect(result.rows.every((r, k) => r.i === k && r.s === String(k))).toBe(true);
  });

  it('describes an empty result', () => {
    expect(toQueryResult(db.query('SELECT 1::BIGINT AS x, 2 AS y WHERE false'))).toEqual({
      columns: [{ name: 'x', type: 'BIGINT' }, { name: 'y', type: 'INTEGER' }],
      rows: [],
      rowCount: 0,
    });
  });

  it('suffixes duplicate column names and keeps __proto__ as a plain key', () => {
    const result = toQueryResult(db.query('SELECT 1 a, 2 a, 3 "__proto__"'));
    expect(result.columns.map((c) => c.name)).toEqual(['a', 'a_1', '__proto__']);
    const row = result.rows[0];
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.keys(row)).toEqual(['a', 'a_1', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe(3);
  });

  it('reads ENUM dictionaries across record batches', () => {
    const { rows } = toQueryResult(db.query(`SELECT (CASE WHEN i % 3 = 0 THEN 'a' ELSE 'b' END)::ENUM('a', 'b') AS e FROM range(5000) t(i)`));
    expect(rows.every((r, k) => r.e === (k % 3 === 0 ? 'a' : 'b'))).toBe(true);
  });

  it('converts 100,000 rows x 4 columns well within a second (guard; typically ~50-200 ms)', () => {
    const table = db.query(`SELECT i::INTEGER AS id, (i * 7)::BIGINT AS big, 'name_' || (i % 1000) AS s,
      TIMESTAMP '2024-01-01' + to_seconds(i) AS ts FROM range(100000) t(i)`);
    const started = performance.now();
    const result = toQueryResult(table);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.rows[99999]).toEqual({ id: 99999, big: 699993, s: 'name_999', ts: '2024-01-02 03:46:39' });
  });

  it('maxRows converts only the first rows across batches and keeps the true count', () => {
    const table = db.query('SELECT i::INTEGER AS i FROM range(300000) t(i)');
    const result = toQueryResult(table, 10_000);
    expect(result.rowCount).toBe(300_000);
    expect(result.rows.length).toBe(10_000);
    expect(result.rows[9_999]).toEqual({ i: 9_999 });
    expect(toQueryResult(table, 0).rows).toEqual([]);
  });

  it('uniqueNames avoids names already taken', () => {
    expect(uniqueNames(['a', 'a_1', 'a', 'a'])).toEqual(['a', 'a_1', 'a_2', 'a_3']);
  });
});
