/**
 * Compiles one TypeScript cell: esbuild-wasm strips the types (and lowers enums, namespaces,
 * parameter properties), then the scope transform turns the JS into notebook code.
 * Environment-agnostic: it receives an initialised esbuild module, so the same code runs in
 * the compile worker (browser build) and in vitest (node build).
 */
import type { Message, TransformOptions, TransformResult } from 'esbuild-wasm';
import { toNotebookCode } from './scope';
import { jsToSource } from './sourcemap';
import type { CompileDiagnostic, CompileResult } from './types';

/** The part of the esbuild module the compiler uses. */
export type Esbuild = Pick<typeof import('esbuild-wasm'), 'transform'>;

/** esbuild options for a cell; `sourcefile` is added per cell. */
export const TRANSFORM_OPTIONS: TransformOptions = {
  loader: 'ts',
  target: 'es2022',
  sourcemap: 'external',
  // Without it esbuild silently drops imports whose bindings are unused (TypeScript's
  // import elision); we want every value import to reach the scope transform and be reported.
  tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
};

/**
 * Compiles a cell. Syntax errors and import/export statements come back as `ok: false` with
 * diagnostics in cell coordinates; anything else that goes wrong (esbuild not initialised,
 * crashed) is thrown, because it is not the student's fault.
 */
export async function compileCell(esbuild: Esbuild, source: string, cellId: string): Promise<CompileResult> {
  let output: TransformResult;
  try {
    output = await esbuild.transform(source, { ...TRANSFORM_OPTIONS, sourcefile: `${cellId}.ts` });
  } catch (err) {
    const messages = (err as { errors?: Message[] }).errors;
    if (!Array.isArray(messages) || messages.length === 0) throw err;
    return { ok: false, cellId, errors: messages.map(toDiagnostic) };
  }
  return toCompileResult(output, source, cellId);
}

/**
 * The scope step shared by both type strippers (esbuild here, sucrase in fast-compile.ts): plain
 * JS plus its map back to the cell → notebook code, or located import/export problems.
 */
export function toCompileResult(stripped: { code: string; map: string }, source: string, cellId: string): CompileResult {
  const scoped = toNotebookCode(stripped.code, cellId, source);
  if (!scoped.ok) {
    const errors = scoped.problems.map(({ line, column, message, keyword }) => {
      const at = jsToSource(stripped.map, line, column) ?? { line: 1, column: 1 };
      return { ...at, column: keywordColumn(source, at, keyword), message };
    });
    return { ok: false, cellId, errors };
  }
  return {
    ok: true,
    cellId,
    code: scoped.code,
    map: stripped.map,
    scopeMap: scoped.map,
    declared: scoped.declared,
    hasValue: scoped.hasValue,
    lineOffset: 0,
  };
}

/**
 * esbuild maps `export const x` to `const`, not to `export`: move a statement problem back to
 * its keyword when the keyword is on the same line before the mapped column.
 */
function keywordColumn(source: string, at: { line: number; column: number }, keyword?: string): number {
  if (!keyword) return at.column;
  const lineText = source.split('\n')[at.line - 1] ?? '';
  const index = lineText.slice(0, at.column - 1 + keyword.length).lastIndexOf(keyword);
  return index === -1 ? at.column : index + 1;
}

/**
 * esbuild locations are 1-based lines but 0-based columns counted in UTF-8 bytes; the editor
 * counts UTF-16 code units from 1. Convert with the line text esbuild hands back.
 */
export function toDiagnostic(message: Message): CompileDiagnostic {
  const loc = message.location;
  const text = message.text + noteSuffix(message.notes[0]);
  if (!loc) return { line: 1, column: 1, message: text };
  const column = utf16Column(loc.lineText, loc.column) + 1;
  const endColumn = utf16Column(loc.lineText, loc.column + Math.max(loc.length, 0)) + 1;
  return { line: loc.line, column, endLine: loc.line, endColumn, message: text };
}

/**
 * esbuild's notes point elsewhere in the cell ("…was originally declared here:"): a line
 * number says it without the editor having to show a second marker.
 */
function noteSuffix(note: Message['notes'][number] | undefined): string {
  if (!note) return '';
  return note.location ? ` (see line ${note.location.line})` : ` (${note.text})`;
}

/** The UTF-16 offset in `lineText` of the character that starts at UTF-8 byte `byteOffset`. */
export function utf16Column(lineText: string, byteOffset: number): number {
  let bytes = 0;
  let units = 0;
  for (const char of lineText) {
    if (bytes >= byteOffset) break;
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    units += char.length;
  }
  // Past the end of the line text (e.g. "unexpected end of file"): count the rest as ASCII.
  return units + Math.max(0, byteOffset - bytes);
}
