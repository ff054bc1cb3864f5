import { describe, expect, it } from 'vitest';
import type { SqlResultData } from '@/lib/kernel/protocol';
import { buildQuery, createSqlApi, quoteIdent, SqlFragment, toSqlParam, type SqlTransport } from './sql';
import { sqlColumns } from './table';

const t = (strings: TemplateStringsArray, ...values: unknown[]) => buildQuery(strings, values);

describe('buildQuery', () => {
  it('turns every ${} value into a positional parameter, never into text', () => {
    const city = "O'Brien; DROP TABLE sales; --";
    expect(t`SELECT * FROM sales WHERE city = ${city} AND n > ${3}`).toEqual({
      text: 'SELECT * FROM sales WHERE city = $1 AND n > $2',
      params: [city, 3],
    });
  });

  it('splices fragments verbatim without consuming a parameter number', () => {
    const q = t`SELECT * FROM ${new SqlFragment(quoteIdent('my table'))} WHERE a = ${1} ORDER BY a ${new SqlFragment('DESC')} LIMIT ${5}`;
    expect(q).toEqual({ text: 'SELECT * FROM "my table" WHERE a = $1 ORDER BY a DESC LIMIT $2', params: [1, 5] });
  });
});

describe('toSqlParam', () => {
  it('passes primitives, dates, bytes, arrays and plain objects for the database to bind', () => {
    expect(toSqlParam('x', 1)).toBe('x');
    expect(toSqlParam(10n, 1)).toBe(10n);
    expect(toSqlParam(null, 1)).toBeNull();
    expect(toSqlParam([1, 'a'], 1)).toEqual([1, 'a']);
    const d = new Date('2024-01-16T09:00:00Z');
    expect(toSqlParam(d, 1)).toBe(d);
    expect(toSqlParam({ a: 1, b: [true] }, 1)).toEqual({ a: 1, b: [true] });
    expect(toSqlParam(new Uint8Array([1]), 1)).toEqual(new Uint8Array([1]));
  });

  it('rejects values SQL cannot hold, naming the parameter', () => {
    expect(() => toSqlParam(undefined, 2)).toThrow('sql: parameter $2 is undefined (use null for SQL NULL)');
    expect(() => toSqlParam(new Map(), 1)).toThrow(/parameter \$1 is a Map\(0\) \{\}: pass a string/);
    expect(() => toSqlParam({ a: undefined }, 4)).toThrow('parameter $4 is undefined');
    expect(() => toSqlParam(() => 1, 3)).toThrow('parameter $3 is a function');
    expect(() => toSqlParam(new Date(NaN), 1)).toThrow('Invalid Date');
  });
});

describe('quoteIdent', () => {
  it('doubles embedded quotes', () => {
    expect(quoteIdent('order')).toBe('"order"');
    expect(quoteIdent('a"b')).toBe('"a""b"');
    expect(() => quoteIdent('')).toThrow();
  });
});

describe('createSqlApi', () => {
  const result: SqlResultData = { columns: [{ name: 'n', type: 'INTEGER' }, { name: 's', type: 'VARCHAR' }], rows: [{ n: 1, s: 'a' }, { n: 2, s: 'b' }], rowCount: 2 };
  function api(reply: (op: string, text: string, params: unknown[]) => SqlResultData | undefined | Error = () => result) {
    const calls: [string, string, unknown[]][] = [];
    const transport: SqlTransport = async (op, text, params) => {
      calls.push([op, text, params]);
      const r = reply(op, text, params);
      if (r instanceof Error) throw r;
      return r;
    };
    return { ...createSqlApi(transport), calls };
  }

  it('sql resolves to rows carrying hidden column types', async () => {
    const { sql, calls } = api();
    const rows = await sql`SELECT n, s FROM t WHERE n < ${10}`;
    expect(rows).toEqual([{ n: 1, s: 'a' }, { n: 2, s: 'b' }]);
    expect(sqlColumns(rows)).toEqual(result.columns);
    expect(Object.keys(rows)).toEqual(['0', '1']);
    expect(JSON.stringify(rows)).toBe('[{"n":1,"s":"a"},{"n":2,"s":"b"}]');
    expect(calls).toEqual([['query', 'SELECT n, s FROM t WHERE n < $1', [10]]]);
  });

  it('sql.one and sql.value pick the first row / first column', async () => {
    const { sql } = api();
    expect(await sql.one`SELECT 1`).toEqual({ n: 1, s: 'a' });
    expect(await sql.value`SELECT 1`).toBe(1);
    const empty = api(() => ({ columns: [{ name: 'n', type: 'INTEGER' }], rows: [], rowCount: 0 }));
    expect(await empty.sql.one`SELECT 1`).toBeUndefined();
    expect(await empty.sql.value`SELECT 1`).toBeUndefined();
  });

  it('sql.raw and sql.ident splice text', async () => {
    const { sql, calls } = api();
    await sql`SELECT * FROM ${sql.ident('weird"name')} ORDER BY n ${sql.raw('DESC')}`;
    expect(calls[0][1]).toBe('SELECT * FROM "weird""name" ORDER BY n DESC');
    expect(() => sql.raw(5 as unknown as string)).toThrow('sql.raw: expects a string');
  });

  it('explains how to call it when used as a function', () => {
    const { sql } = api();
    expect(() => (sql as unknown as (s: string) => unknown)('SELECT 1')).toThrow(/tagged template.*sql`SELECT …`/);
  });

  it('db.exec and db.query use the transport', async () => {
    const { db, calls } = api((op) => (op === 'exec' ? undefined : result));
    await expect(db.exec('CREATE TABLE x (a INT)')).resolves.toBeUndefined();
    const rows = await db.query('SELECT * FROM x WHERE a = $1', [new Date('2024-01-01T00:00:00Z')]);
    expect(rows.length).toBe(2);
    expect(calls).toEqual([
      ['exec', 'CREATE TABLE x (a INT)', []],
      ['query', 'SELECT * FROM x WHERE a = $1', [new Date('2024-01-01T00:00:00Z')]],
    ]);
  });

  it('re-throws database errors with their name and a stack from the call site', async () => {
    const { sql } = api(() => Object.assign(new Error('Table with name nope does not exist!'), { name: 'Catalog Error' }));
    const error = (await sql`SELECT * FROM nope`.then(() => undefined, (e: Error) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('Catalog Error');
    expect(error.message).toBe('Table with name nope does not exist!');
    expect(error.stack).toMatch(/^Catalog Error: Table with name nope does not exist!\n\s+at /);
    expect(error.stack).toContain('sql.test.ts');
  });
});
