'use client';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Cell } from '@/lib/lesson/types';
import type { CellRuntime } from '@/lib/notebook/types';
import { useT } from '@/lib/i18n/use-t';
import { useCellState, useNotebook } from '@/components/notebook/NotebookProvider';
import { handleCommandKey, selectCell } from '@/components/notebook/command-mode';
import { CellOutputs } from '@/components/outputs/CellOutputs';
import { useCellEdit } from '@/components/notebook/use-progress';
import { CellPlaceholder } from './CellPlaceholder';
import { CellToolbar, type ScratchControls } from './CellToolbar';
import { plainCodeHtml } from './plain-code';
import { useNearViewport } from './use-near-viewport';
import { editorsEnabled, enableEditors, onEditorsEnabled } from '@/lib/notebook/editor-gate';

const MonacoCell = dynamic(() => import('./MonacoCell').then((m) => m.MonacoCell), { ssr: false });
// A cell's notice (the lesson changed under the student's edit, or the last visit died while it
// ran) is rare and never in the static HTML: it loads when one is shown.
const CellEditNotice = dynamic(() => import('./CellEditNotice').then((m) => m.CellEditNotice), { ssr: false });

interface Props {
  cell: Cell;
  /** The authored source, highlighted at build time. */
  placeholderHtml: string;
  /** Set for a student's scratch cell. */
  scratch?: ScratchControls;
}

/**
 * One runnable cell: toolbar, editor and outputs. The editor starts as a static highlighted
 * placeholder (painted with the prose) and becomes Monaco when it nears the viewport. The cell's
 * own element takes the focus in command mode (Esc in the editor; see `command-mode`).
 */
export function CellView({ cell, placeholderHtml, scratch }: Props) {
  const ctx = useNotebook();
  const t = useT();
  const [fallback] = useState<CellRuntime>(() => ({ source: cell.source, status: 'idle', outputs: [], diagnostics: [] }));
  const state = useCellState(cell.id, fallback);
  const edit = useCellEdit(cell.id);
  // The last visit died while this cell ran: shown until the student runs it again in this visit.
  const interrupted = ctx?.progress.interrupted?.cellId === cell.id && state.status === 'idle' && state.outputs.length === 0;
  const edits = ctx?.progress.edits;
  const [open, setOpen] = useState(!cell.options.hidden);
  const [rootRef, near] = useNearViewport<HTMLDivElement>();
  const [editorLoaded, setEditorLoaded] = useState(false);
  const editorsOn = useSyncExternalStore(onEditorsEnabled, editorsEnabled, () => false);
  const placeholderRef = useRef<HTMLDivElement>(null);
  const focusEditor = useRef<() => void>(() => placeholderRef.current?.focus());

  const run = useCallback(() => ctx?.notebook.run(cell.id), [ctx, cell.id]);
  const insertBelow = useCallback(() => {
    if (!ctx) return;
    enableEditors();
    ctx.focus.focus(ctx.scratch.add(cell.lang, cell.id));
  }, [ctx, cell.id, cell.lang]);
  const runAndAdvance = useCallback(() => {
    run();
    // Past the last cell of the playground, like Jupyter, a new cell comes to type the next step in.
    if (ctx && !ctx.focus.focusNext(cell.id) && ctx.notebook.authored.length === 0) insertBelow();
  }, [ctx, run, cell.id, insertBelow]);
  const runAndInsert = useCallback(() => {
    run();
    insertBelow();
  }, [run, insertBelow]);
  const commandMode = useCallback(() => rootRef.current && selectCell(rootRef.current), [rootRef]);
  const editCell = () => {
    enableEditors();
    focusEditor.current();
  };

  useEffect(() => ctx?.focus.register(cell.id, () => {
    rootRef.current?.scrollIntoView({ block: 'nearest' });
    // Deferred: the editor that handled Shift+Enter settles its own focus after the command.
    setTimeout(() => focusEditor.current(), 0);
  }), [ctx, cell.id, rootRef]);

  // The placeholder answers the same keys as the editor it stands in for.
  const onPlaceholderKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') commandMode();
    else if (e.key !== 'Enter') return;
    else if (e.shiftKey) runAndAdvance();
    else if (e.ctrlKey || e.metaKey) run();
    else if (e.altKey) runAndInsert();
    else return;
    e.preventDefault();
  };

  return (
    <div
      ref={rootRef}
      className={`cell cell-${state.status}${scratch?.badge ? ' cell-scratch' : ''}`}
      tabIndex={-1}
      role="group"
      aria-label={`${cell.lang === 'ts' ? 'TypeScript' : 'SQL'} ${cell.id}`}
      data-cell-id={cell.id}
      data-cell-kind={cell.lang}
      data-scratch={scratch ? true : undefined}
      data-status={state.status}
      data-duration-ms={state.durationMs}
      data-compile-ms={state.compileMs}
      onKeyDown={(e) => handleCommandKey(e, { edit: editCell, run, runAndInsert, insertBelow })}
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
        scratch={scratch}
      />
      {(interrupted || edit.conflict) && (
        <CellEditNotice
          id={cell.id}
          lang={cell.lang}
          edit={edit}
          mine={state.source}
          interrupted={interrupted}
          onKeepMine={() => void edits?.keepMine(cell.id)}
          onTakeLesson={() => void edits?.takeLesson(cell.id)}
        />
      )}
      {open && (
        <div
          className="cell-editor"
          data-lesson-content
          onKeyDown={editorLoaded ? undefined : onPlaceholderKeyDown}
          // The first touch of any cell brings the editors in (see editor-gate).
          onPointerDown={enableEditors}
          onFocus={enableEditors}
        >
          {!editorLoaded && (
            <CellPlaceholder
              ref={placeholderRef}
              html={state.source === cell.source && !scratch ? placeholderHtml : plainCodeHtml(state.source)}
              label={t.cellCode(cell.lang === 'ts' ? 'TypeScript' : 'SQL', cell.id)}
            />
          )}
          {near && ctx && editorsOn && (
            <MonacoCell
              cell={cell}
              index={scratch ? null : ctx.notebook.authored.findIndex((c) => c.id === cell.id)}
              allCells={ctx.notebook.authored}
              sourceOf={(id) => ctx.notebook.get(id).source}
              state={state}
              onChange={(src) => ctx.notebook.setSource(cell.id, src)}
              onRun={run}
              onRunAndAdvance={runAndAdvance}
              onRunAndInsert={runAndInsert}
              onEscape={commandMode}
              onReady={(focus) => {
                // The student may already be in the placeholder: keep them where they were.
                const hadFocus = placeholderRef.current !== null && placeholderRef.current === document.activeElement;
                focusEditor.current = focus;
                setEditorLoaded(true);
                if (hadFocus) focus();
              }}
            />
          )}
        </div>
      )}
      <CellOutputs outputs={state.outputs} />
    </div>
  );
}
