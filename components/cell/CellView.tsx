'use client';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Cell } from '@/lib/lesson/types';
import type { CellRuntime } from '@/lib/notebook/types';
import { useT } from '@/lib/i18n/use-t';
import { useCellState, useNotebook } from '@/components/notebook/NotebookProvider';
import { CellOutputs } from '@/components/outputs/CellOutputs';
import { useCellEdit } from '@/components/notebook/use-progress';
import { CellEditNotice } from './CellEditNotice';
import { CellPlaceholder } from './CellPlaceholder';
import { CellToolbar } from './CellToolbar';
import { useNearViewport } from './use-near-viewport';
import { editorsEnabled, enableEditors, onEditorsEnabled } from '@/lib/notebook/editor-gate';

const MonacoCell = dynamic(() => import('./MonacoCell').then((m) => m.MonacoCell), { ssr: false });

/**
 * One runnable cell: toolbar, editor and outputs. The editor starts as a static highlighted
 * placeholder (painted with the prose) and becomes Monaco when it nears the viewport.
 */
export function CellView({ cell, placeholderHtml }: { cell: Cell; placeholderHtml: string }) {
  const ctx = useNotebook();
  const t = useT();
  const [fallback] = useState<CellRuntime>(() => ({ source: cell.source, status: 'idle', outputs: [], diagnostics: [] }));
  const state = useCellState(cell.id, fallback);
  const edit = useCellEdit(cell.id);
  const edits = ctx?.progress.edits;
  const [open, setOpen] = useState(!cell.options.hidden);
  const [rootRef, near] = useNearViewport<HTMLDivElement>();
  const [editorLoaded, setEditorLoaded] = useState(false);
  const editorsOn = useSyncExternalStore(onEditorsEnabled, editorsEnabled, () => false);
  const placeholderRef = useRef<HTMLDivElement>(null);
  const focusEditor = useRef<() => void>(() => placeholderRef.current?.focus());

  const run = useCallback(() => ctx?.notebook.run(cell.id), [ctx, cell.id]);
  const runAndAdvance = useCallback(() => {
    run();
    ctx?.focus.focusNext(cell.id);
  }, [ctx, run, cell.id]);

  useEffect(() => ctx?.focus.register(cell.id, () => {
    rootRef.current?.scrollIntoView({ block: 'nearest' });
    // Deferred: the editor that handled Shift+Enter settles its own focus after the command.
    setTimeout(() => focusEditor.current(), 0);
  }), [ctx, cell.id, rootRef]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    if (e.shiftKey) runAndAdvance();
    else if (e.ctrlKey || e.metaKey) run();
    else return;
    e.preventDefault();
  };

  return (
    <div
      ref={rootRef}
      className={`cell cell-${state.status}`}
      data-cell-id={cell.id}
      data-cell-kind={cell.lang}
      data-status={state.status}
      data-duration-ms={state.durationMs}
      data-compile-ms={state.compileMs}
    >
      <CellToolbar
        cell={cell}
        state={state}
        disabled={!ctx}
        open={open}
        onToggle={() => setOpen((v) => !v)}
        onRun={run}
        onRunAbove={() => ctx?.notebook.runAbove(cell.id)}
        onStop={() => void ctx?.notebook.stop()}
        edited={edit.edited}
        onReset={() => void edits?.reset(cell.id)}
      />
      <CellEditNotice
        id={cell.id}
        lang={cell.lang}
        edit={edit}
        mine={state.source}
        // Shown until the student runs the cell again in this visit.
        interrupted={ctx?.progress.interrupted?.cellId === cell.id && state.status === 'idle' && state.outputs.length === 0}
        onKeepMine={() => void edits?.keepMine(cell.id)}
        onTakeLesson={() => void edits?.takeLesson(cell.id)}
      />
      {open && (
        <div
          className="cell-editor"
          data-lesson-content
          onKeyDown={editorLoaded ? undefined : onKeyDown}
          // The first touch of any cell brings the editors in (see editor-gate).
          onPointerDown={enableEditors}
          onFocus={enableEditors}
        >
          {!editorLoaded && (
            <CellPlaceholder
              ref={placeholderRef}
              html={state.source === cell.source ? placeholderHtml : plainCodeHtml(state.source)}
              label={t.cellCode(cell.lang === 'ts' ? 'TypeScript' : 'SQL', cell.id)}
            />
          )}
          {near && ctx && editorsOn && (
            <MonacoCell
              cell={cell}
              index={ctx.notebook.cells.findIndex((c) => c.id === cell.id)}
              allCells={ctx.notebook.cells}
              sourceOf={(id) => ctx.notebook.get(id).source}
              state={state}
              onChange={(src) => ctx.notebook.setSource(cell.id, src)}
              onRun={run}
              onRunAndAdvance={runAndAdvance}
              onReady={(focus) => {
                focusEditor.current = focus;
                setEditorLoaded(true);
              }}
            />
          )}
        </div>
      )}
      <CellOutputs outputs={state.outputs} />
    </div>
  );
}

/** The student's own version before Monaco arrives: unhighlighted, same metrics as the editor. */
function plainCodeHtml(source: string): string {
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = source.split('\n').map((line) => `<span class="line">${escape(line)}</span>`);
  return `<pre class="shiki"><code>${lines.join('\n')}</code></pre>`;
}
