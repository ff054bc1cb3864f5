'use client';
import Editor, { type OnMount } from '@monaco-editor/react';
import type * as Monaco from 'monaco-editor';
import { useEffect, useRef, useState } from 'react';
import type { Cell } from '@/lib/lesson/types';
import type { CellRuntime, NotebookCell } from '@/lib/notebook/types';
import { cellModelUri, ensureModels, loadMonaco, scratchModelUri } from './monaco-setup';
import { wantTypeService } from './type-service-gate';
import { EDITOR_OPTIONS, LINE_HEIGHT, PADDING } from './editor-options';
import { useEditorMarkers } from './use-editor-markers';
import { useMonacoTheme } from './monaco-theme';
import { useT } from '@/lib/i18n/use-t';

interface Props {
  cell: Cell;
  /** Position among the lesson's cells; null for a scratch cell. */
  index: number | null;
  /** The lesson's cells: every one gets a model, for completions across cells. */
  allCells: readonly NotebookCell[];
  /** The current (possibly edited) source of any cell, for the other cells' models. */
  sourceOf(id: string): string;
  state: CellRuntime;
  onChange(source: string): void;
  onRun(): void;
  onRunAndAdvance(): void;
  onRunAndInsert(): void;
  /** Esc with nothing of the editor's own to close: leave the editor (command mode). */
  onEscape(): void;
  /** Called once the editor is mounted, with a function that focuses it. */
  onReady(focus: () => void): void;
}

/** When Esc is the notebook's: no widget of the editor's own would take it. */
const ESCAPE_FREE = [
  'editorTextFocus', '!suggestWidgetVisible', '!parameterHintsVisible', '!findWidgetVisible', '!inSnippetMode',
  '!editorHasMultipleSelections', '!markersNavigationVisible', '!renameInputVisible', '!inlineSuggestionVisible',
].join(' && ');

/** The Monaco editor of one cell: sized to its content, Jupyter keys, error markers. */
export function MonacoCell({ cell, index, allCells, sourceOf, state, onChange, onRun, onRunAndAdvance, onRunAndInsert, onEscape, onReady }: Props) {
  const [monaco, setMonaco] = useState<typeof Monaco | null>(null);
  const [editor, setEditor] = useState<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const [height, setHeight] = useState(() => state.source.split('\n').length * LINE_HEIGHT + 2 * PADDING);
  const handlers = useRef({ onRun, onRunAndAdvance, onRunAndInsert, onEscape, onChange });
  const theme = useMonacoTheme();
  const t = useT();
  handlers.current = { onRun, onRunAndAdvance, onRunAndInsert, onEscape, onChange };

  useEffect(() => {
    let alive = true;
    void loadMonaco().then((m) => {
      ensureModels(m, allCells.map((c) => ({ ...c, source: sourceOf(c.id) })));
      if (alive) setMonaco(m);
    });
    return () => {
      alive = false;
    };
  }, [allCells]);

  useEditorMarkers(monaco, editor, state);

  // The source changed outside the editor (restored edit, reset, new lesson version, an exercise's
  // solution): show it as an edit the student can undo. Typing never gets here: the store already
  // holds the editor's text.
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model || model.getValue() === state.source) return;
    editor.pushUndoStop();
    editor.executeEdits('notebook', [{ range: model.getFullModelRange(), text: state.source }]);
    editor.pushUndoStop();
  }, [editor, state.source]);

  const onMount: OnMount = (ed, m) => {
    // addAction, not addCommand: Monaco registers commands globally, so with many editors the
    // last one mounted would answer every cell's Shift+Enter.
    ed.addAction({
      id: 'notebook.runAndAdvance',
      label: 'Run cell and move to the next',
      keybindings: [m.KeyMod.Shift | m.KeyCode.Enter],
      run: () => handlers.current.onRunAndAdvance(),
    });
    ed.addAction({
      id: 'notebook.run',
      label: 'Run cell',
      keybindings: [m.KeyMod.CtrlCmd | m.KeyCode.Enter],
      run: () => handlers.current.onRun(),
    });
    ed.addAction({
      id: 'notebook.runAndInsert',
      label: 'Run cell and insert a scratch cell below',
      keybindings: [m.KeyMod.Alt | m.KeyCode.Enter],
      run: () => handlers.current.onRunAndInsert(),
    });
    ed.addAction({
      id: 'notebook.commandMode',
      label: 'Leave the editor',
      keybindings: [m.KeyCode.Escape],
      // Esc first closes what the editor has open (suggestions, find, extra cursors...).
      keybindingContext: ESCAPE_FREE,
      run: () => handlers.current.onEscape(),
    });
    // Type checking and completions start when a student first works in an editor.
    ed.onDidFocusEditorText(wantTypeService);
    ed.onDidContentSizeChange((e) => setHeight(e.contentHeight));
    setHeight(ed.getContentHeight());
    setEditor(ed);
    onReady(() => ed.focus());
  };

  if (!monaco) return null;
  return (
    <div className="cell-monaco" style={{ height }}>
      <Editor
        path={index === null ? scratchModelUri(cell.id, cell.lang) : cellModelUri(index, cell.id, cell.lang)}
        language={cell.lang === 'ts' ? 'typescript' : 'sql'}
        defaultValue={state.source}
        options={{
          ...EDITOR_OPTIONS,
          readOnly: cell.options.readonly,
          ariaLabel: t.cellCode(cell.lang === 'ts' ? 'TypeScript' : 'SQL', cell.id),
          placeholder: index === null ? t.scratch.placeholder[cell.lang] : undefined,
        }}
        theme={theme}
        onMount={onMount}
        onChange={(v) => handlers.current.onChange(v ?? '')}
        loading={null}
        // A scratch cell's model goes with it (its declarations must leave completions too).
        keepCurrentModel={index !== null}
      />
    </div>
  );
}
