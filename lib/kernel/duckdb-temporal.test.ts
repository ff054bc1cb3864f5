import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toQueryResult } from './convert';
import { openBlockingDuckDB, type BlockingDuckDB } from './duckdb-testing';
import { formatInterval, formatTimeOfDay } from './duckdb-temporal';

/**
 * The converted value must equal DuckDB's own `value::VARCHAR` for every value of a wide
 * sweep: the ground truth is DuckDB, not a hand-written expectation.
 */
let db: BlockingDuckDB;
beforeAll(async () => {
  db = await openBlockingDuckDB();
});
afterAll(() => db.close());

function expectSameAsVarchar(valuesSql: string) {
  const { rows } = toQueryResult(db.query(`SELECT v, v::VARCHAR AS text FROM (${valuesSql}) t(v)`));
  expect(rows.length).toBeGreaterThan(100);
  const mismatches = rows.filter((r) => r.v !== r.text).slice(0, 5);
  expect(mismatches).toEqual([]);
}

describe('temporal values match DuckDB ::VARCHAR', () => {
  it('DATE from 4000 BC to 12000 AD', () => {
    expectSameAsVarchar(`SELECT DATE '-4000-01-01' + (i * 7919)::INTEGER FROM range(750) r(i)`);
  });

  it('TIMESTAMP (µs) across centuries, with and without fractions', () => {
    expectSameAsVarchar(`SELECT make_timestamp((i * 86400000123457 - 30000000000000000)::BIGINT) FROM range(700) r(i)
      UNION ALL SELECT make_timestamp((i * 1000000)::BIGINT) FROM range(200) r(i)`);
  });

  it('TIMESTAMP far from 1970, where microseconds exceed 2^53', () => {
    expectSameAsVarchar(`SELECT TIMESTAMP '2300-01-01 00:00:00.000001' + to_days(i * 37) + to_microseconds(i * 1234567)
      FROM range(200) r(i) UNION ALL SELECT TIMESTAMP '1500-06-01 12:00:00.5' - to_days(i * 41) FROM range(200) r(i)`);
  });

  it('TIMESTAMP_S, TIMESTAMP_MS and TIMESTAMP_NS', () => {
    const base = `SELECT make_timestamp((i * 86399999123 * 1000 + i * 7)::BIGINT) ts FROM range(300) r(i)`;
    expectSameAsVarchar(`SELECT ts::TIMESTAMP_S FROM (${base})`);
    expectSameAsVarchar(`SELECT ts::TIMESTAMP_MS FROM (${base})`);
    // TIMESTAMP_NS only spans 1677..2262: stay within ±80 years of 1970.
    expectSameAsVarchar(`SELECT make_timestamp((i * 8639999912301 - 1200000000000000)::BIGINT)::TIMESTAMP_NS + to_microseconds(i % 7)
      FROM range(300) r(i)`);
  });

  it('TIME', () => {
    expectSameAsVarchar(`SELECT make_time((i % 24)::BIGINT, (i * 7 % 60)::BIGINT, (i * 13 % 60) + (i % 3) * 0.25 + (i % 5) * 0.000001)
      FROM range(500) r(i) UNION ALL SELECT TIME '24:00:00'`);
  });

  it('INTERVAL with mixed signs', () => {
    expectSameAsVarchar(`SELECT to_months((i % 29) - 14) + to_days(((i * 7) % 61) - 30) + to_microseconds((i * 987654321013) % 400000000000 - 200000000000)
      FROM range(600) r(i)`);
  });
});

describe('temporal helpers', () => {
  it('formatTimeOfDay trims trailing fraction zeros', () => {
    expect(formatTimeOfDay(37800_500000, 1e6, 6)).toBe('10:30:00.5');
    expect(formatTimeOfDay(3_007, 1e3, 3)).toBe('00:00:03.007');
    expect(formatTimeOfDay(0, 1, 0)).toBe('00:00:00');
  });

  it('formatInterval handles huge microsecond counts as bigint', () => {
    expect(formatInterval(0, 0, 3600000000n * 1000000n)).toBe('1000000:00:00');
    expect(formatInterval(-1, 1, -1)).toBe('-1 month 1 day -00:00:00.000001');
  });
});
