import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toQueryResult } from './convert';
import { DEALLOCATE_SQL, preparedQuerySql, sqlLiteral, unwrapPreparedError } from './duckdb-params';
import { openBlockingDuckDB, type BlockingDuckDB } from './duckdb-testing';

let db: BlockingDuckDB;
beforeAll(async () => {
  db = await openBlockingDuckDB();
  db.query(`CREATE TABLE people AS SELECT * FROM (VALUES (1, 'Ann', DATE '2024-01-10'), (2, 'O''Brien', DATE '2024-02-01')) t(id, name, joined)`);
});
afterAll(() => db.close());

/** Runs a parameterised query the way LessonDatabase does, against real DuckDB. */
function run(sql: string, params: unknown[]) {
  try {
    return toQueryResult(db.query(preparedQuerySql(sql, params)));
  } finally {
    db.query(DEALLOCATE_SQL);
  }
}

const echo = (value: unknown) => run('SELECT $1 AS v', [value]).rows[0].v;

describe('parameter values round-trip through real DuckDB', () => {
  it.each([
    ['a plain string', 'hello'],
    ['quotes and an injection attempt', "it's'); DROP TABLE people; --"],
    ['unicode and newlines', 'héllo\n✓ "x"'],
    ['backslashes', 'C:\\path\\n'],
    ['a NUL character', 'a\0b'],
    ['an empty string', ''],
    ['an integer', 42],
    ['a negative integer', -7],
    ['a fraction', 0.1],
    ['a double that needs 17 digits', 0.30000000000000004],
    ['a large double', 1e21],
    ['the largest safe integer', Number.MAX_SAFE_INTEGER],
    ['NaN', NaN],
    ['-Infinity', -Infinity],
    ['true', true],
    ['false', false],
    ['null', null],
  ])('%s', (_, value) => {
    expect(echo(value)).toEqual(value);
  });

  it('maps undefined to NULL and bigints to integers', () => {
    expect(echo(undefined)).toBeNull();
    expect(echo(12345678901234567890n)).toBe(12345678901234567890); // HUGEINT → number, as documented
  });

  it('gives Dates as TIMESTAMP (UTC) and bytes as BLOB', () => {
    expect(run('SELECT $1 AS v', [new Date('2024-01-15T10:30:00.123Z')]).rows[0].v).toBe('2024-01-15 10:30:00.123');
    expect(run('SELECT $1 AS v', [new Uint8Array([0, 39, 255])]).rows[0].v).toEqual(new Uint8Array([0, 39, 255]));
  });

  it('gives arrays as lists and plain objects as structs', () => {
    expect(echo([1, 2, 3])).toEqual([1, 2, 3]);
    expect(echo({ a: 1, "b'": ['x', null] })).toEqual({ a: 1, "b'": ['x', null] });
  });
});

describe('parameterised queries', () => {
  it('binds $n and ? placeholders, with implicit casts from strings', () => {
    expect(run('SELECT name FROM people WHERE id = $1', [2]).rows).toEqual([{ name: "O'Brien" }]);
    expect(run('SELECT name FROM people WHERE joined >= ? AND name <> ?', ['2024-01-15', 'x']).rows).toEqual([{ name: "O'Brien" }]);
    expect(run('SELECT $2 || $1 AS s', ['b', 'a']).rows).toEqual([{ s: 'ab' }]);
  });

  it('treats a value as data, never as SQL', () => {
    expect(run('SELECT count(*) AS n FROM people WHERE name = $1', ["x' OR '1'='1"]).rows).toEqual([{ n: 0 }]);
    expect(toQueryResult(db.query('SELECT count(*) AS n FROM people')).rows).toEqual([{ n: 2 }]);
  });

  it('tolerates trailing semicolons and comments', () => {
    expect(run('-- who\nSELECT $1 AS v; -- done\n;', [5]).rows).toEqual([{ v: 5 }]);
    expect(run('SELECT $1 AS v -- trailing comment', [5]).rows).toEqual([{ v: 5 }]);
  });

  it('rejects several statements, and no statement', () => {
    expect(() => preparedQuerySql('SELECT $1; SELECT 2', [1])).toThrow(/exactly one SQL statement \(found 2\)/);
    expect(() => preparedQuerySql('-- nothing', [1])).toThrow(/found 0/);
  });

  it('reports a parameter count mismatch from DuckDB', () => {
    expect(() => run('SELECT $1 AS a', [1, 2])).toThrow(/argument\/count mismatch/);
  });

  it('names the offending parameter for values SQL cannot hold', () => {
    expect(() => preparedQuerySql('SELECT $1, $2', [1, () => 1])).toThrow(/SQL parameter 2: function values cannot be SQL parameters/);
    expect(() => sqlLiteral(new Map())).toThrow(/Map values/);
    expect(() => sqlLiteral(new Date(NaN))).toThrow(/Invalid Date/);
    const loop: unknown[] = [];
    loop.push(loop);
    expect(() => sqlLiteral(loop)).toThrow(/nested too deeply/);
  });

  it('maps DuckDB error positions back to the cell\'s lines', () => {
    const messageOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    };
    const plain = messageOf(() => db.query('SELECT 1 AS a,\n  2 AS AS b'));
    const wrapped = messageOf(() => run('SELECT $1 AS a,\n  2 AS AS b', [1]));
    expect(plain).toMatch(/^LINE 2:/m);
    expect(wrapped).toMatch(/^LINE 3:/m); // the PREPARE header adds one line...
    expect(unwrapPreparedError(wrapped)).toBe(plain.replace('SELECT 1', 'SELECT $1')); // ...which is taken back
  });
});
