'use client';
import type * as Monaco from 'monaco-editor';
import { useEffect, useRef } from 'react';
import type { CellRuntime } from '@/lib/notebook/types';

/**
 * Shows the last run's problems in the editor: compile errors as markers at their line and
 * column, and the line of a runtime error highlighted.
 */
export function useEditorMarkers(
  monaco: typeof Monaco | null,
  editor: Monaco.editor.IStandaloneCodeEditor | null,
  state: CellRuntime,
): void {
  const decorations = useRef<Monaco.editor.IEditorDecorationsCollection | null>(null);
  useEffect(() => {
    const model = editor?.getModel();
    if (!monaco || !editor || !model) return;
    monaco.editor.setModelMarkers(
      model,
      'run',
      state.diagnostics.map((d) => ({
        severity: monaco.MarkerSeverity.Error,
        message: d.message,
        startLineNumber: d.line,
        startColumn: d.column,
        endLineNumber: d.endLine ?? d.line,
        endColumn: d.endColumn ?? model.getLineMaxColumn(Math.min(d.line, model.getLineCount())),
      })),
    );
    decorations.current ??= editor.createDecorationsCollection();
    decorations.current.set(
      state.errorLine
        ? [{ range: new monaco.Range(state.errorLine, 1, state.errorLine, 1), options: { isWholeLine: true, className: 'cell-error-line' } }]
        : [],
    );
  }, [monaco, editor, state.diagnostics, state.errorLine]);
}
