'use client';
import type { Cell } from '@/lib/lesson/types';
import type { CellRuntime } from '@/lib/notebook/types';
import { T } from '@/lib/i18n/T';
import { currentMessages } from '@/lib/i18n/ui-lang';
import { useT } from '@/lib/i18n/use-t';
import { useLabels } from '@/lib/i18n/use-labels';

interface Props {
  cell: Cell;
  state: CellRuntime;
  disabled: boolean;
  open: boolean;
  onToggle(): void;
  onRun(): void;
  onRunAbove(): void;
  onStop(): void;
  /** The student's source differs from the lesson's. */
  edited: boolean;
  onReset(): void;
  /** Set for a student's scratch cell. */
  scratch?: ScratchControls;
}

/** What a scratch cell's toolbar adds. */
export interface ScratchControls {
  /** Deletes the cell (after asking, when it holds code). */
  onDelete(): void;
  /** Mark it as the student's own (among lesson cells; not on the playground). */
  badge: boolean;
}

/** Run controls, language badge, status and duration of one cell. */
export function CellToolbar({ cell, state, disabled, open, onToggle, onRun, onRunAbove, onStop, edited, onReset, scratch }: Props) {
  const running = state.status === 'running' || state.status === 'queued';
  const t = useT();
  const l = useLabels();
  return (
    <div className="cell-toolbar">
      {running ? (
        <button type="button" className="cell-run" data-action="stop" onClick={onStop} {...l({ 'aria-label': (d) => d.stopCell(cell.id), title: (d) => d.stop })}>
          <span aria-hidden="true">■</span>
        </button>
      ) : (
        <button
          type="button"
          className="cell-run"
          data-action="run"
          // Never disabled: a click before the notebook is live is kept and run once it is
          // (lib/notebook/early-runs.ts).
          onClick={onRun}
          {...l({ 'aria-label': (d) => d.runCell(cell.id), title: (d) => d.runTitle })}
        >
          <span aria-hidden="true">▶</span>
        </button>
      )}
      <span className={`cell-lang cell-lang-${cell.lang}`}>{cell.lang === 'ts' ? 'TypeScript' : 'SQL'}</span>
      {cell.options.name && <code className="cell-binding">→ {cell.options.name}</code>}
      {scratch?.badge && (
        <span className="cell-flag cell-flag-scratch" {...l({ title: (d) => d.scratch.badgeTitle })}>
          {t.scratch.badge}
        </span>
      )}
      {cell.options.readonly && <span className="cell-flag"><T m={(d) => d.readonly} /></span>}
      {cell.options.norun && <span className="cell-flag"><T m={(d) => d.norun} /></span>}
      {edited && (
        <span className="cell-flag cell-flag-edited" data-edited="true" {...l({ title: (d) => d.edits.editedTitle })}>
          <T m={(d) => d.edits.edited} />
        </span>
      )}
      <span className="cell-spacer" />
      <span className="cell-status" role="status" aria-live="polite">
        {state.status !== 'idle' && <T m={(d) => d.status[state.status]} />}
        {state.durationMs !== undefined && state.status !== 'running' && ` · ${formatDuration(state.durationMs)}`}
      </span>
      <button type="button" className="cell-minor" data-action="run-above" disabled={disabled} onClick={onRunAbove} {...l({ 'aria-label': (d) => d.runAbove, title: (d) => d.runAbove })}>
        <span aria-hidden="true">⤒</span> <span className="cell-minor-text"><T m={(d) => d.runAbove} /></span>
      </button>
      {edited && (
        <button
          type="button"
          className="cell-minor"
          data-action="reset"
          data-reset="cell"
          disabled={disabled}
          {...l({ title: (d) => d.edits.resetTitle })}
          onClick={() => {
            if (window.confirm(currentMessages().edits.resetConfirm)) onReset();
          }}
        >
          <span aria-hidden="true">↺</span> <T m={(d) => d.edits.reset} />
        </button>
      )}
      {scratch && (
        <button
          type="button"
          className="cell-minor"
          data-action="delete"
          disabled={disabled || running}
          onClick={scratch.onDelete}
          {...l({ 'aria-label': (d) => `${d.scratch.deleteLabel}: ${cell.id}`, title: (d) => d.scratch.deleteLabel })}
        >
          ✕ {t.scratch.delete}
        </button>
      )}
      {cell.options.hidden && (
        <button type="button" className="cell-minor" onClick={onToggle} aria-expanded={open}>
          {open ? <T m={(d) => d.hideCell} /> : <T m={(d) => d.showHidden} />}
        </button>
      )}
    </div>
  );
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

