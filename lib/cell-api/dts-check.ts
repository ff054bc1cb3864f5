/**
 * Test support: type-checks cell code against the cell API declarations the way the editor does
 * (one global script next to CELL_API_DTS), returning the diagnostics as "file:line: message".
 */
import ts from 'typescript';
import { CELL_API_DTS } from './dts';

const libCache = new Map<string, ts.SourceFile | undefined>();

/** Diagnostics of `cell`; `ignore` drops codes the editor ignores too (duplicate names across cells). */
export function cellDiagnostics(cell: string, ignore: readonly number[] = []): string[] {
  const files: Record<string, string> = { '/cell-api.d.ts': CELL_API_DTS, '/cell.ts': cell };
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, lib: ['lib.es2023.d.ts', 'lib.webworker.d.ts'], strict: true, noEmit: true, types: [] };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => files[name] ?? readFile(name);
  host.fileExists = (name) => name in files || fileExists(name);
  host.getSourceFile = (name, version) => {
    if (name in files) return ts.createSourceFile(name, files[name], version);
    if (!libCache.has(name)) {
      const text = readFile(name);
      libCache.set(name, text === undefined ? undefined : ts.createSourceFile(name, text, version));
    }
    return libCache.get(name);
  };
  const program = ts.createProgram(Object.keys(files), options, host);
  return ts.getPreEmitDiagnostics(program)
    .filter((d) => !ignore.includes(d.code))
    .map((d) => {
      const where = d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : '';
      return `${where}TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}
