import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CELL_API_DTS } from './dts';

/** Type-checks `cell` next to the cell API declarations, as Monaco does. */
function diagnostics(cell: string): string[] {
  const files: Record<string, string> = { '/cell-api.d.ts': CELL_API_DTS, '/cell.ts': cell };
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, lib: ['lib.es2023.d.ts', 'lib.webworker.d.ts'], strict: true, noEmit: true, types: [] };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => files[name] ?? readFile(name);
  host.fileExists = (name) => name in files || fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => (name in files ? ts.createSourceFile(name, files[name], version) : getSourceFile(name, version, ...rest));
  return ts.getPreEmitDiagnostics(ts.createProgram(Object.keys(files), options, host)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const VALID = `
async function cell(day: string) {
  const file: LakeFile = await lake.write(\`bronze/sales/date=\${day}/part-0.parquet\`, 'SELECT * FROM sales WHERE day = $1', [day]);
  await lake.write('x.parquet', "SELECT 1 AS a", undefined, { overwrite: 'partition' });
  await lake.write('events/day=1/a.parquet', [{ user: 'kim', clicks: 3 }], { overwrite: 'file' });
  const rows = await lake.read<{ id: number }>('bronze/sales', { limit: 10 });
  const ids: number[] = rows.map((r) => r.id);
  const loaded: LakeLoadResult = await lake.load('bronze/sales/*/*.parquet', 'bronze_sales');
  await lake.view('silver', 'silver_v');
  const paths: string[] = (await lake.list()).map((f) => f.path + f.rows + f.bytes + f.schema);
  const gone: string[] = await lake.delete('bronze/sales/date=2024-01-14');
  await lake.browse('bronze');
  diagram('lake', { bind: { bronze: 'bronze/sales', silver: { table: 'silver_sales' } }, title: '레이크' });
  diagram({ direction: 'TB', nodes: [{ id: 'a', kind: 'source', table: 't' }, { id: 'b', lake: 'gold' }], edges: [['a', 'b', '적재'], { from: 'a', to: 'b', dashed: true }] });
  const spec = diagram.preset('kappa');
  spec.nodes.push({ id: 'x' });
  diagram(spec);
  display(file, ids, loaded, paths, gone);
}
`;

describe('lake and diagram declarations', () => {
  it('type-check valid usage', () => {
    expect(diagnostics(VALID)).toEqual([]);
  });

  it('reject wrong usage the way a student would mistype it', () => {
    expect(diagnostics(`lake.write('a.parquet', 42);`).length).toBeGreaterThan(0);
    expect(diagnostics(`lake.write('a.parquet', 'SELECT 1', [], { overwrite: 'folder' });`).length).toBeGreaterThan(0);
    expect(diagnostics(`diagram('medallion');`).length).toBeGreaterThan(0);
    expect(diagnostics(`diagram({ nodes: [{ id: 'a', kind: 'database' }] });`).join('\n')).toMatch(/DiagramNodeKind|"database"/);
  });
});
