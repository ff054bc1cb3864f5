import * as monaco from 'monaco-editor';
import { loader } from '@monaco-editor/react';
import { CELL_API_DTS, sqlBindingDts } from '@/lib/cell-api/dts';
import { defineMonacoThemes } from './monaco-theme';
import { whenTypeServiceWanted } from './type-service-gate';

/**
 * TypeScript diagnostics that are wrong for notebook cells: every cell is a script in one shared
 * program, so the same name declared in two cells, or top-level await in a non-module file, is
 * normal here (the runtime rewrites declarations into the notebook scope).
 */
const IGNORED_TS_CODES = [
  1375, // 'await' only allowed at top level of a module
  1378, // top-level await needs module/target options
  1431, // 'for await' at top level of a module only
  1432, // top-level 'for await' needs module/target options
  2300, // duplicate identifier (same name in two cells)
  2393, // duplicate function implementation (same function in two cells)
  2451, // cannot redeclare block-scoped variable (re-declared in a later cell)
  2567, // enum declarations can only merge with namespace or other enum declarations
  6133, // declared but never read (a later cell may read it)
];

let ready: Promise<typeof monaco> | undefined;

/**
 * Loads the self-hosted Monaco once: no CDN (the loader is pointed at the bundled package),
 * local workers, and a TypeScript setup that knows the cell API.
 */
export function loadMonaco(): Promise<typeof monaco> {
  ready ??= (async () => {
    self.MonacoEnvironment = {
      getWorker(_id: string, label: string) {
        if (label === 'typescript' || label === 'javascript') {
          // Monaco accepts a promise here: its language requests wait until a student edits.
          return whenTypeServiceWanted().then(() => new Worker(new URL('./ts.worker.ts', import.meta.url), { type: 'module' }));
        }
        return new Worker(new URL('./editor.worker.ts', import.meta.url), { type: 'module' });
      },
    };
    loader.config({ monaco });
    defineMonacoThemes(monaco);
    const ts = monaco.typescript.typescriptDefaults;
    ts.setCompilerOptions({
      target: monaco.typescript.ScriptTarget.ES2020,
      lib: ['es2023', 'webworker'],
      strict: false,
      noImplicitAny: false,
      allowNonTsExtensions: true,
      moduleDetection: 1, // legacy: cells without import/export are scripts sharing one scope
    } as monaco.typescript.CompilerOptions);
    ts.setDiagnosticsOptions({ diagnosticCodesToIgnore: IGNORED_TS_CODES });
    ts.setEagerModelSync(true);
    ts.addExtraLib(CELL_API_DTS, 'file:///cell-api.d.ts');
    return monaco;
  })();
  return ready;
}

/** URI of a cell's model; a number prefix keeps cells in lesson order for the language service. */
export function cellModelUri(index: number, id: string, lang: 'ts' | 'sql'): string {
  return `file:///cells/${String(index).padStart(3, '0')}-${id}.${lang === 'ts' ? 'ts' : 'sql'}`;
}

/**
 * Creates a model for every cell up front, so a variable declared in cell 1 autocompletes in
 * cell 5 even when cell 1's editor has never been mounted.
 */
export function ensureModels(
  m: typeof monaco,
  cells: readonly { id: string; lang: 'ts' | 'sql'; source: string; name?: string }[],
): void {
  cells.forEach((c, i) => {
    const uri = m.Uri.parse(cellModelUri(i, c.id, c.lang));
    if (m.editor.getModel(uri)) return;
    m.editor.createModel(c.source, c.lang === 'ts' ? 'typescript' : 'sql', uri);
    // A named SQL cell's rows become a variable for later TS cells: declare it for the editor.
    if (c.name) m.typescript.typescriptDefaults.addExtraLib(sqlBindingDts(c.name), `file:///bindings/${c.name}.d.ts`);
  });
}

/** URI of a scratch cell's model: apart from the lesson's, so adding one renumbers nothing. */
export function scratchModelUri(id: string, lang: 'ts' | 'sql'): string {
  return `file:///cells/scratch/${id}.${lang === 'ts' ? 'ts' : 'sql'}`;
}
