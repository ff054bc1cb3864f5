'use client';
import { T } from '@/lib/i18n/T';
import { currentMessages } from '@/lib/i18n/ui-lang';
import { useLabels } from '@/lib/i18n/use-labels';
import { useDatabaseReady, useKernelStatus, useNotebook } from './NotebookProvider';

/** The page's runtime status and notebook-wide actions: Run all, Stop, Restart. */
export function KernelBar() {
  const ctx = useNotebook();
  const status = useKernelStatus();
  const dbReady = useDatabaseReady();
  const l = useLabels();
  const disabled = !ctx;
  return (
    <div className="kernel-bar">
      <span className={`kernel-status kernel-${status}`} data-kernel-status={status} data-db-ready={dbReady} role="status" aria-live="polite">
        <span className="kernel-dot" aria-hidden="true" />
        <span className="kernel-label">
          <T m={(d) => d.kernel[status]} />
          {status !== 'dead' && !dbReady && <span className="kernel-db"> · <T m={(d) => d.dbLoading} /></span>}
        </span>
      </span>
      <button type="button" data-action="run-all" disabled={disabled} onClick={() => ctx?.notebook.runAll()} {...l({ 'aria-label': (d) => d.runAll, title: (d) => d.runAll })}>
        <span aria-hidden="true">▶▶</span> <span className="kernel-button-text"><T m={(d) => d.runAll} /></span>
      </button>
      <button type="button" data-action="stop" disabled={disabled} onClick={() => void ctx?.notebook.stop()} {...l({ 'aria-label': (d) => d.stop, title: (d) => d.stop })}>
        <span aria-hidden="true">■</span> <span className="kernel-button-text"><T m={(d) => d.stop} /></span>
      </button>
      <button
        type="button"
        data-action="restart"
        disabled={disabled}
        {...l({ 'aria-label': (d) => d.restart, title: (d) => d.restart })}
        onClick={() => {
          if (window.confirm(currentMessages().restartConfirm)) void ctx?.notebook.restart();
        }}
      >
        <span aria-hidden="true">↻</span> <span className="kernel-button-text"><T m={(d) => d.restart} /></span>
      </button>
      {ctx?.progress.edits && ctx.notebook.authored.length > 0 && (
        <button
          type="button"
          data-action="reset"
          data-reset="lesson"
          {...l({ 'aria-label': (d) => d.edits.resetLesson, title: (d) => d.edits.resetLessonTitle })}
          onClick={() => {
            if (window.confirm(currentMessages().edits.resetLessonConfirm)) void ctx.progress.edits?.resetLesson();
          }}
        >
          <span aria-hidden="true">↺</span> <span className="kernel-button-text"><T m={(d) => d.edits.resetLesson} /></span>
        </button>
      )}
    </div>
  );
}
