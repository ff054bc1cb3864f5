/**
 * Whether a column has the type a check asks for. Authors write a DuckDB type (`BIGINT`,
 * `DECIMAL(10,2)`) or a family that tolerates the many ways to get a right answer: an integer
 * column may be INTEGER, BIGINT or HUGEINT depending on how the student computed it.
 */

const INTEGER = /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|INT\d*|LONG|SHORT)$/;
const FLOAT = /^(FLOAT|DOUBLE|REAL|FLOAT4|FLOAT8|DECIMAL(\(.*\))?|NUMERIC(\(.*\))?)$/;

/** The families a check may name, by the DuckDB types and JS values that belong to each. */
const FAMILIES: Record<string, (type: string, values: readonly unknown[]) => boolean> = {
  integer: (type, values) => INTEGER.test(type) || (type === 'NUMBER' && values.every((v) => v == null || Number.isInteger(v))),
  number: (type) => INTEGER.test(type) || FLOAT.test(type) || type === 'NUMBER',
  text: (type) => /^(VARCHAR|TEXT|STRING|CHAR|BPCHAR)/.test(type),
  boolean: (type) => type === 'BOOLEAN',
  date: (type) => type === 'DATE',
  timestamp: (type) => type.startsWith('TIMESTAMP') || type === 'DATETIME',
};

/**
 * @param wanted the author's type or family (case-insensitive)
 * @param actual the column's DuckDB type, or a JS type (`number`, `string`) for plain rows
 * @param values the column's values, to tell integers among JS numbers
 */
export function columnTypeMatches(wanted: string, actual: string, values: readonly unknown[]): boolean {
  const type = actual.toUpperCase() === 'STRING' ? 'VARCHAR' : actual.toUpperCase();
  const family = FAMILIES[wanted.toLowerCase()];
  if (family) return family(type, values);
  return wanted.replace(/\s+/g, '').toUpperCase() === type.replace(/\s+/g, '');
}
