'use client';
import type { Cell } from '@/lib/lesson/types';
import type { CellRuntime } from '@/lib/notebook/types';
import { t } from '@/lib/i18n/ko';
import { scratchText } from '@/components/scratch/strings';

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
  return (
    <div className="cell-toolbar">
      {running ? (
        <button type="button" className="cell-run" data-action="stop" onClick={onStop} title={t.stop} aria-label={t.stop}>
          ■
        </button>
      ) : (
        <button
          type="button"
          className="cell-run"
          data-action="run"
          disabled={disabled}
          onClick={onRun}
          title={t.runTitle}
          aria-label={`${t.run}: ${cell.id}`}
        >
          ▶
        </button>
      )}
      <span className={`cell-lang cell-lang-${cell.lang}`}>{cell.lang === 'ts' ? 'TypeScript' : 'SQL'}</span>
      {cell.options.name && <code className="cell-binding">→ {cell.options.name}</code>}
      {scratch?.badge && (
        <span className="cell-flag cell-flag-scratch" title={scratchText.badgeTitle}>
          {scratchText.badge}
        </span>
      )}
      {cell.options.readonly && <span className="cell-flag">{t.readonly}</span>}
      {cell.options.norun && <span className="cell-flag">{t.norun}</span>}
      {edited && (
        <span className="cell-flag cell-flag-edited" data-edited="true" title={t.edits.editedTitle}>
          {t.edits.edited}
        </span>
      )}
      <span className="cell-spacer" />
      <span className="cell-status" aria-live="polite">
        {t.status[state.status]}
        {state.durationMs !== undefined && state.status !== 'running' && ` · ${formatDuration(state.durationMs)}`}
      </span>
      <button type="button" className="cell-minor" data-action="run-above" disabled={disabled} onClick={onRunAbove} title={t.runAbove}>
        ⤒ {t.runAbove}
      </button>
      {edited && (
        <button
          type="button"
          className="cell-minor"
          data-action="reset"
          data-reset="cell"
          disabled={disabled}
          title={t.edits.resetTitle}
          onClick={() => {
            if (window.confirm(t.edits.resetConfirm)) onReset();
          }}
        >
          ↺ {t.edits.reset}
        </button>
      )}
      {scratch && (
        <button
          type="button"
          className="cell-minor"
          data-action="delete"
          disabled={disabled || running}
          onClick={scratch.onDelete}
          aria-label={`${scratchText.deleteLabel}: ${cell.id}`}
          title={scratchText.deleteLabel}
        >
          ✕ {scratchText.delete}
        </button>
      )}
      {cell.options.hidden && (
        <button type="button" className="cell-minor" onClick={onToggle} aria-expanded={open}>
          {open ? t.hideCell : t.showHidden}
        </button>
      )}
    </div>
  );
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

