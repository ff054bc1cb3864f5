/**
 * Shapes shared by the cell compiler, its worker, the kernel client and the editor.
 * Everything here is plain data so it can cross worker boundaries by structured clone.
 */

/** A compile problem in cell coordinates: 1-based line and column (UTF-16, as Monaco counts). */
export interface CompileDiagnostic {
  line: number;
  column: number;
  /** Exclusive end, Monaco-style (the column just after the last marked character). */
  endLine?: number;
  endColumn?: number;
  message: string;
}

/** What `compileCell` returns: runnable notebook JS, or located errors (and nothing runs). */
export type CompileResult =
  | {
      ok: true;
      cellId: string;
      /**
       * Script text that evaluates (indirect eval, sloppy mode) to an async function:
       * `const value = await (0, eval)(result.code)();`
       */
      code: string;
      /** esbuild's source map (JSON): esbuild JS → the cell's TypeScript. */
      map: string;
      /**
       * magic-string's source map (JSON): `code` → esbuild JS. `locateRuntimeError` traces
       * through it, then through `map`. Optional so results built elsewhere still map lines.
       */
      scopeMap?: string;
      /** Top-level names this cell defines on `globalThis`, in source order. */
      declared: string[];
      /** Whether the cell's last statement is an expression whose value the function returns. */
      hasValue: boolean;
      /** Lines the wrapper adds above the code: always 0, the header shares line 1. */
      lineOffset?: number;
    }
  | { ok: false; cellId: string; errors: CompileDiagnostic[] };

/** A successful compile: what the runner evaluates and what stack mapping needs. */
export type CompiledCell = Extract<CompileResult, { ok: true }>;

/** A problem found in esbuild's JS output: 1-based line, 0-based column (acorn's convention). */
export interface JsProblem {
  line: number;
  column: number;
  message: string;
  /** The keyword the offending statement starts with (`import`/`export`), to find it in the source. */
  keyword?: string;
}

/** Output of the scope transform (`toNotebookCode`). */
export type NotebookCode =
  | { ok: true; code: string; map: string; declared: string[]; hasValue: boolean }
  | { ok: false; problems: JsProblem[] };

/**
 * The file name V8 shows in stack frames of a cell (set with `//# sourceURL=`).
 * Characters outside `[\w.-]` are replaced so the name stays one token in a stack line.
 */
export function cellFileName(cellId: string): string {
  return `cell-${cellId.replace(/[^\w.-]/g, '_')}.js`;
}
