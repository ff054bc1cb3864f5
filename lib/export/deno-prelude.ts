/**
 * The first code cell of an exported Jupyter notebook: enough of the site's cell API for the
 * Deno kernel to run the lesson's SQL and simple TypeScript, on native DuckDB
 * (`npm:@duckdb/node-api`, the same engine as the site, with Parquet built in).
 */
import pkg from '../../package.json';

/** The @duckdb/node-api version the notebook imports: the one this project tests against. */
const NODE_API_VERSION = pkg.devDependencies['@duckdb/node-api'];

/** A SQL string literal. */
function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * TypeScript source of the set-up cell.
 * @param data the lesson's data files; those with a table name are loaded into that table
 */
export function denoPrelude(data: readonly { file: string; table?: string }[]): string {
  const loads = data
    .filter((d) => d.table)
    .map((d) => `await db.exec(${JSON.stringify(`CREATE OR REPLACE TABLE ${d.table} AS SELECT * FROM ${sqlString(d.file)}`)});`);
  return [
    `import { DuckDBInstance } from 'npm:@duckdb/node-api@${NODE_API_VERSION}';`,
    '',
    'const connection = await (await DuckDBInstance.create(\':memory:\')).connect();',
    '// Rows as on the site: numbers for every numeric type (BIGINT and DECIMAL too), dates and timestamps as text.',
    'const NUMERIC = /^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|DECIMAL.*|DOUBLE|FLOAT)$/;',
    '/** Runs a query (a string, or a sql`...` template whose ${values} become parameters) and returns its rows. */',
    'async function query(text: TemplateStringsArray | string, ...values: unknown[]): Promise<Record<string, unknown>[]> {',
    '  const sqlText = typeof text === \'string\' ? text : text.reduce((acc, part, i) => `${acc}$${i}${part}`);',
    '  const reader = await connection.runAndReadAll(sqlText, values as never);',
    '  const types = reader.columnTypes().map(String);',
    '  const numeric = reader.columnNames().filter((_, i) => NUMERIC.test(types[i]));',
    '  return (reader.getRowObjectsJson() as Record<string, unknown>[]).map((row) => {',
    '    for (const name of numeric) if (row[name] !== null) row[name] = Number(row[name]);',
    '    return row;',
    '  });',
    '}',
    'const sql = Object.assign(query, {',
    '  /** The first value of the first row. */',
    '  value: async (text: TemplateStringsArray | string, ...values: unknown[]) => Object.values((await query(text, ...values))[0] ?? {})[0],',
    '});',
    'const db = { exec: async (text: string) => void (await connection.run(text)) };',
    'const display = (value: unknown) => (Array.isArray(value) ? console.table(value) : console.log(value));',
    'const table = (rows: Record<string, unknown>[]) => console.table(rows);',
    ...loads,
  ].join('\n');
}

/**
 * A SQL cell as TypeScript for the Deno kernel: the SQL in a template literal (escaped so it
 * stays exactly the same text), its rows bound to `name` when the cell had `name=`.
 */
export function sqlAsTypeScript(source: string, name?: string): string {
  const literal = source.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
  const call = `await sql(\`\n${literal}\n\`)`;
  return name ? `const ${name} = ${call};\n${name}` : call;
}
