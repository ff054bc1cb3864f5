import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CELL_API_DTS, sqlBindingDts } from './dts';

const libCache = new Map<string, ts.SourceFile | undefined>();

/** Type-checks `cell` as a global script next to the cell API declarations, like Monaco does. */
function diagnostics(cell: string, extra = ''): string[] {
  const files: Record<string, string> = { '/cell-api.d.ts': CELL_API_DTS + extra, '/cell.ts': cell };
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.webworker.d.ts'],
    strict: true,
    noEmit: true,
    types: [],
    skipDefaultLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => files[name] ?? readFile(name);
  host.fileExists = (name) => name in files || fileExists(name);
  host.getSourceFile = (name, version) => {
    if (name in files) return ts.createSourceFile(name, files[name], version);
    // The standard lib files are large: parse them once for all tests.
    if (!libCache.has(name)) {
      const text = readFile(name);
      libCache.set(name, text === undefined ? undefined : ts.createSourceFile(name, text, version));
    }
    return libCache.get(name);
  };
  const program = ts.createProgram(Object.keys(files), options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}

// Wrapped in a function: top-level await needs the editor's module settings, not this test's.
const VALID = `
async function cell() {
  const city = 'Seoul';
  const rows = await sql\`SELECT category, SUM(amount) AS total FROM sales WHERE city = \${city} GROUP BY 1\`;
  const cols: string[] = rows.columns.map((c) => c.name + ' ' + c.type);
  const total: number = rows.reduce((n, r) => n + r.total, 0);
  const typed = await sql<{ id: number; amount: number }>\`SELECT id, amount FROM sales\`;
  const ids: number[] = typed.map((r) => r.id);
  const one = await sql.one\`SELECT 1 AS n\`;
  const n = await sql.value<number>\`SELECT COUNT(*) FROM \${sql.ident('sales')} ORDER BY 1 \${sql.raw('DESC')}\`;
  await db.exec('CREATE TABLE t AS SELECT 1 AS a');
  const q = await db.query<{ a: number }>('SELECT a FROM t WHERE a = $1', [1]);
  display('rows:', rows.length, one, n, q[0].a, cols, total, ids);
  table(rows, { columns: ['category'], limit: 10 });
  table([{ a: 1 }, { a: 2 }]);
  chart({ type: 'bar', data: rows, x: 'category', y: 'total', title: 'Sales' });
  chart({ type: 'line', data: rows, x: 'category', y: [{ y: 'total', label: 'Total', color: '#c00' }], stacked: true, height: 300 });
  const spec: ChartSpec = { type: 'scatter', data: [{ x: 1, y: 2 }], x: 'x', y: ['y'] };
  chart(spec);
  console.log(totals.length);
}
`;

describe('CELL_API_DTS', () => {
  it('is a global script (no import/export)', () => {
    expect(CELL_API_DTS).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('type-checks valid usage of the whole API without errors', () => {
    expect(diagnostics(VALID, sqlBindingDts('totals'))).toEqual([]);
  });

  it('rejects an unknown chart type and a spec missing its fields', () => {
    const errors = diagnostics(`chart({ type: 'pie' });`);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/'"pie"' is not assignable to type 'ChartType'|missing the following properties/);
  });

  it('rejects calling sql with parentheses and misspelt helpers', () => {
    expect(diagnostics(`sql('SELECT 1');`).length).toBeGreaterThan(0);
    expect(diagnostics(`sql.first\`SELECT 1\`;`).join('\n')).toMatch(/Property 'first' does not exist/);
  });
});

describe('sqlBindingDts', () => {
  it('declares a named SQL cell as rows, ignoring invalid names', () => {
    expect(sqlBindingDts('totals')).toBe('declare var totals: SqlRows;\n');
    expect(sqlBindingDts('not valid')).toBe('');
  });
});
