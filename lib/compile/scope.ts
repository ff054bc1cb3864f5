/**
 * The notebook scope transform: esbuild's plain JS for one cell → a script that evaluates to an
 * async function. Top-level declarations become properties of `globalThis` (so later cells see
 * them and re-running a cell simply redefines them), top-level `await` works, and the value of
 * the last expression statement is returned, as in Jupyter.
 *
 * Only top-level declarations are rewritten; references are left alone and resolve to the
 * globals by ordinary scope lookup, so closures from different cells share one binding.
 * The rewrite never adds or removes a line: the wrapper header sits on line 1 in front of the
 * code, and magic-string's map (returned as `map`) covers the column shifts.
 */
import { parse, type Options, type Program } from 'acorn';
import MagicString from 'magic-string';
import { boundNames, rewriteDeclaration } from './declarations';
import { cellFileName, type JsProblem, type NotebookCode } from './types';

/** Shown when a cell contains an `import` statement. */
export const IMPORT_MESSAGE =
  'cells cannot import modules; the cell API (sql, db, display, table, chart) is available as globals';
/** Shown when a cell contains an `export` statement. */
export const EXPORT_MESSAGE =
  'cells cannot export; their top-level declarations are already visible to later cells';

/**
 * Parsed as a sloppy script because that is how the runner evaluates it (indirect eval); the
 * flags admit what the wrapper makes legal (`await`, `return`) and let import/export reach us as
 * nodes so we can report them with a helpful message instead of a parse error.
 */
const PARSE_OPTIONS: Options = {
  ecmaVersion: 'latest',
  sourceType: 'script',
  allowAwaitOutsideFunction: true,
  allowReturnOutsideFunction: true,
  allowImportExportEverywhere: true,
  allowHashBang: true,
  // No `locations`: they slow parsing by a third; problems compute their line from the offset.
};

/**
 * Transforms one cell's JS (esbuild output) into notebook code. Returns problems, located in
 * the JS, for `import`/`export` statements or JS that does not parse.
 * With the cell's `source`, top-level variables esbuild invented (runtime helpers such as
 * `__decorateElement`, temporaries such as `_init`) stay local to the cell instead of
 * becoming notebook globals: they are the ones whose names the source never mentions.
 */
export function toNotebookCode(js: string, cellId: string, source?: string): NotebookCode {
  let program: Program;
  try {
    program = parse(js, PARSE_OPTIONS);
  } catch (err) {
    return { ok: false, problems: [parseProblem(err)] };
  }
  const problems = moduleProblems(program, js);
  if (problems.length > 0) return { ok: false, problems };

  const s = new MagicString(js);
  const declared: string[] = [];
  const functions: string[] = [];
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration') {
      // `using` declarations stay local (they must be disposed when the cell ends), and so do
      // the variables esbuild invented.
      const shareable = statement.kind === 'var' || statement.kind === 'let' || statement.kind === 'const';
      const written = source === undefined || boundNames(statement).some((name) => mentions(source, name));
      if (shareable && written) rewriteDeclaration(s, statement, declared);
    } else if (statement.type === 'FunctionDeclaration') {
      // The declaration stays (hoisting within the cell keeps working); the header publishes it.
      functions.push(statement.id.name);
      declared.push(statement.id.name);
    } else if (statement.type === 'ClassDeclaration') {
      s.prependRight(statement.start, `globalThis.${statement.id.name} = `);
      // A class expression statement needs its own `;`: `class A {}\n[1].map(f)` would index it.
      s.appendLeft(statement.end, ';');
      declared.push(statement.id.name);
    }
  }

  const last = program.body.at(-1);
  const hasValue = last?.type === 'ExpressionStatement';
  if (last?.type === 'ExpressionStatement') {
    // Use the statement's range, not the expression's: acorn leaves the parentheses of
    // `({a: 1});` outside the expression node.
    const end = js[last.end - 1] === ';' ? last.end - 1 : last.end;
    s.prependRight(last.start, 'return (');
    s.appendLeft(end, ')');
  }

  const names = [...new Set(declared)];
  s.prepend(`(async () => {${declareHeader(names)}${functions.map((f) => `globalThis.${f} = ${f};`).join('')}`);
  s.append(`${js.endsWith('\n') || js === '' ? '' : '\n'}})\n//# sourceURL=${cellFileName(cellId)}`);
  const map = s.generateMap({ hires: true, source: 'esbuild.js', file: cellFileName(cellId), includeContent: false });
  return { ok: true, code: s.toString(), map: map.toString(), declared: names, hasValue };
}

/**
 * Makes every declared name an own, writable data property of the global object before the
 * cell runs. This gives `var`-like hoisting (esbuild's enum output reads `Color || {}` before
 * assigning `Color`), and lets a cell declare names the worker global already has as read-only
 * accessors (`const name = 'orders'` would otherwise be silently ignored in a worker).
 * Existing writable values are kept, so re-running `var x;` does not reset `x`.
 */
function declareHeader(names: string[]): string {
  if (names.length === 0) return '';
  return (
    `for (const n of ${JSON.stringify(names)}) { const d = Object.getOwnPropertyDescriptor(globalThis, n); ` +
    `if (!d || (d.configurable && !d.writable)) Object.defineProperty(globalThis, n, ` +
    `{ value: d?.value, writable: true, enumerable: true, configurable: true }); }`
  );
}

/** Whether `name` occurs in the source as a whole identifier (not as part of a longer one). */
function mentions(source: string, name: string): boolean {
  for (let i = source.indexOf(name); i !== -1; i = source.indexOf(name, i + 1)) {
    if (!isIdentifierChar(source[i - 1]) && !isIdentifierChar(source[i + name.length])) return true;
  }
  return false;
}

function isIdentifierChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{ID_Continue}$\u200c\u200d]/u.test(char);
}

function moduleProblems(program: Program, js: string): JsProblem[] {
  const problems: JsProblem[] = [];
  for (const statement of program.body) {
    const keyword =
      statement.type === 'ImportDeclaration' ? 'import' : statement.type.startsWith('Export') ? 'export' : undefined;
    if (keyword) {
      const { line, column } = lineColumn(js, statement.start);
      problems.push({ line, column, keyword, message: keyword === 'import' ? IMPORT_MESSAGE : EXPORT_MESSAGE });
    }
  }
  return problems;
}

/** 1-based line and 0-based column of an offset (acorn's convention). */
function lineColumn(js: string, offset: number): { line: number; column: number } {
  const before = js.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart };
}

/** acorn's SyntaxError carries `loc`; its message ends with a redundant " (line:col)". */
function parseProblem(err: unknown): JsProblem {
  const e = err as { message?: string; loc?: { line: number; column: number } };
  const message = (e.message ?? String(err)).replace(/ \(\d+:\d+\)$/, '');
  return { line: e.loc?.line ?? 1, column: e.loc?.column ?? 0, message };
}
