/**
 * The first-run compiler: sucrase strips a cell's types in plain JavaScript while esbuild-wasm
 * (14 MB of wasm, seconds to start on a slow machine) is still loading, so a student's first
 * Run does not wait for it. It only takes cells whose meaning both strippers agree on, checked
 * by running every compile fixture through both (fast-compile.test.ts); anything else, and
 * every syntax error, is left to esbuild so diagnostics always read the same.
 */
import { transform } from 'sucrase';
import { toCompileResult } from './compile';
import type { CompileResult } from './types';

/**
 * Syntax where sucrase and esbuild (target es2022) emit different programs or only esbuild
 * supports it: enums and namespaces (lowered differently), decorators and `accessor`
 * (lowered by esbuild only), `declare` fields and class members (type-only field rules), and
 * `using` (esbuild lowers it for es2022). A word match is deliberately coarse: a cell that
 * merely mentions one in a string or comment just waits for esbuild.
 */
const ESBUILD_ONLY = /@|\b(?:enum|namespace|module|declare|abstract|accessor|using|class)\b/;

/** Whether the fast path may compile `source` (else it waits for esbuild). */
export function fastCompileAccepts(source: string): boolean {
  return !ESBUILD_ONLY.test(source);
}

/**
 * Compiles a cell without esbuild, or returns `undefined` when this cell must wait for esbuild
 * (syntax the fast path leaves alone, or any error: esbuild reports it with its own location).
 */
export function fastCompile(source: string, cellId: string): CompileResult | undefined {
  if (!fastCompileAccepts(source)) return undefined;
  let stripped: { code: string; map: string };
  try {
    const out = transform(source, {
      transforms: ['typescript'],
      // Keep modern syntax as written, like esbuild at es2022, and keep value imports so the
      // scope step reports them (esbuild's `verbatimModuleSyntax`).
      disableESTransforms: true,
      keepUnusedImports: true,
      filePath: `${cellId}.ts`,
      sourceMapOptions: { compiledFilename: `${cellId}.js` },
    });
    stripped = { code: out.code, map: JSON.stringify(out.sourceMap) };
  } catch {
    return undefined;
  }
  const result = toCompileResult(stripped, source, cellId);
  // Import/export problems are located through sucrase's map; let esbuild word them.
  return result.ok ? result : undefined;
}
