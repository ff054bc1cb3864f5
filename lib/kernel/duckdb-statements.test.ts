import { describe, expect, it } from 'vitest';
import { statementRanges } from './duckdb-statements';

const statements = (sql: string) => statementRanges(sql).map(({ start, end }) => sql.slice(start, end).trim());

describe('statementRanges', () => {
  it('splits at top-level semicolons and drops empty statements', () => {
    expect(statements('SELECT 1; SELECT 2;;  ;')).toEqual(['SELECT 1', 'SELECT 2']);
    expect(statements('  ')).toEqual([]);
    expect(statements('SELECT 1')).toEqual(['SELECT 1']);
  });

  it('ignores semicolons in strings, identifiers and dollar-quoted strings', () => {
    expect(statements(`SELECT 'a;b', 'it''s;', "col;name" FROM t`)).toHaveLength(1);
    expect(statements(`SELECT E'\\';' AS x; SELECT 2`)).toEqual([`SELECT E'\\';' AS x`, 'SELECT 2']);
    expect(statements('SELECT $$ ; $$, $tag$ ;$$; $tag$ AS s')).toHaveLength(1);
  });

  it('ignores semicolons in comments, including nested block comments', () => {
    expect(statements('SELECT 1 -- ; not a split\n, 2')).toHaveLength(1);
    expect(statements('SELECT /* ; /* nested ; */ still ; */ 1')).toHaveLength(1);
    expect(statements('-- only a comment;\n/* and ; another */')).toEqual([]);
  });

  it('does not mistake parameters or identifiers containing $ for dollar quotes', () => {
    expect(statements('SELECT $1, $2; SELECT ?')).toEqual(['SELECT $1, $2', 'SELECT ?']);
    expect(statements('SELECT a$b$ FROM t; SELECT 2')).toHaveLength(2);
  });

  it('treats an unterminated string as running to the end', () => {
    expect(statements("SELECT 'oops; SELECT 2")).toHaveLength(1);
  });
});
