import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { checkLoad, loadStatement, toArrowIPC } from '@/lib/kernel/duckdb-load';
import { withColumns } from './table';
import { loadRows, toLoadColumns } from './load-rows';

const typesOf = (rows: unknown[], hints?: Record<string, never>) => toLoadColumns(rows, hints).map((c) => `${c.name}:${c.type}`);

describe('toLoadColumns', () => {
  it('infers types from every value, like a CSV sniffer', () => {
    expect(typesOf([
      { i: 1, x: 1, d: '2024-01-01', t: '2024-01-01 10:00:00', both: '2024-01-01', b: true, s: 'a', none: null, obj: { a: 1 } },
      { i: 2, x: 1.5, d: null, t: new Date(0), both: '2024-01-01T10:00', b: false, s: 3, none: undefined, obj: [1] },
    ])).toEqual(['i:BIGINT', 'x:DOUBLE', 'd:DATE', 't:TIMESTAMP', 'both:TIMESTAMP', 'b:BOOLEAN', 's:VARCHAR', 'none:VARCHAR', 'obj:VARCHAR']);
  });

  it('takes keys from all rows (first-seen order) and honours SQL column types and hints', () => {
    expect(typesOf([{ a: 1 }, { b: 'x', a: 2 }])).toEqual(['a:BIGINT', 'b:VARCHAR']);
    const sqlRows = withColumns([{ n: 1, day: '2024-01-01' }], [{ name: 'n', type: 'DECIMAL(10,2)' }, { name: 'day', type: 'VARCHAR' }]);
    expect(typesOf(sqlRows)).toEqual(['n:DOUBLE', 'day:VARCHAR']);
    expect(toLoadColumns([{ n: 1 }], { n: 'DOUBLE' })[0].type).toBe('DOUBLE');
  });

  it('encodes numbers and times as Float64 with NaN for NULL, and text as strings', () => {
    const [n, t, s] = toLoadColumns([
      { n: 1, t: '2024-01-01 00:00:01', s: { k: 'v' } },
      { n: null, t: null, s: null },
    ]);
    expect([...n.values as Float64Array]).toEqual([1, NaN]);
    expect([...t.values as Float64Array]).toEqual([Date.UTC(2024, 0, 1, 0, 0, 1), NaN]);
    expect(s.values).toEqual(['{"k":"v"}', null]);
  });

  it('explains what is wrong with the input', async () => {
    expect(() => toLoadColumns([{ a: 1 }, 'x'])).toThrow(/row 2 is not an object/);
    expect(() => toLoadColumns([{ a: 1 }], { a: 'INT' as never })).toThrow(/type of a must be one of/);
    await expect(loadRows(async () => {}, 't', [])).rejects.toThrow(/no columns/);
    await expect(loadRows(async () => {}, '', [{ a: 1 }])).rejects.toThrow(/table name/);
  });
});

describe('the page-side loader', () => {
  it('builds Arrow columns that read back as sent, Korean text and NULLs included', () => {
    const columns = toLoadColumns([{ city: '서울', n: 1.5 }, { city: null, n: null }, { city: 'ok ☕', n: 3 }]);
    const back = tableFromIPC(toArrowIPC(columns));
    expect(back.getChild('c0')!.toArray()).toEqual(['서울', null, 'ok ☕']);
    expect([...back.getChild('c1')!.toArray()]).toEqual([1.5, NaN, 3]);
  });

  it('casts scratch columns into the target types, replacing or appending by name', () => {
    const columns = toLoadColumns([{ n: 1, day: '2024-01-01', at: '2024-01-01 10:00:00', s: 'x' }]);
    expect(loadStatement('main.t', 'scratch', columns, 'replace')).toBe(
      'CREATE SCHEMA IF NOT EXISTS "main";\nCREATE OR REPLACE TABLE "main"."t" AS SELECT ' +
        `CAST(nullif("c0", 'NaN'::DOUBLE) AS BIGINT) AS "n", CAST(make_timestamp(CAST(nullif("c1", 'NaN'::DOUBLE) * 1000 AS BIGINT)) AS DATE) AS "day", ` +
        `make_timestamp(CAST(nullif("c2", 'NaN'::DOUBLE) * 1000 AS BIGINT)) AS "at", "c3" AS "s" FROM "scratch";`,
    );
    expect(loadStatement('t', 'scratch', columns, 'append')).toMatch(/^INSERT INTO "t" BY NAME SELECT /);
  });

  it('refuses bad loads before anything reaches DuckDB', () => {
    expect(() => checkLoad('bad name', toLoadColumns([{ a: 1 }]), 1)).toThrow(/Invalid table name/);
    expect(() => checkLoad('t', [{ name: 'a', type: 'DOUBLE', values: new Float64Array(2) }], 1)).toThrow(/2 values for 1 rows/);
    expect(() => checkLoad('t', [...toLoadColumns([{ a: 1 }]), ...toLoadColumns([{ A: 1 }])], 1)).toThrow(/appears twice/);
  });
});
