'use client';
import { t } from '@/lib/i18n/ko';
import { useDatabaseReady, useKernelStatus, useNotebook } from './NotebookProvider';

/** The page's runtime status and notebook-wide actions: Run all, Stop, Restart. */
export function KernelBar() {
  const ctx = useNotebook();
  const status = useKernelStatus();
  const dbReady = useDatabaseReady();
  const disabled = !ctx;
  return (
    <div className="kernel-bar">
      <span className={`kernel-status kernel-${status}`} data-kernel-status={status} data-db-ready={dbReady} role="status" aria-live="polite">
        <span className="kernel-dot" aria-hidden="true" />
        {t.kernel[status]}
        {status !== 'dead' && !dbReady && <span className="kernel-db">· {t.dbLoading}</span>}
      </span>
      <button type="button" data-action="run-all" disabled={disabled} onClick={() => ctx?.notebook.runAll()}>
        ▶▶ {t.runAll}
      </button>
      <button type="button" data-action="stop" disabled={disabled} onClick={() => void ctx?.notebook.stop()}>
        ■ {t.stop}
      </button>
      <button
        type="button"
        data-action="restart"
        disabled={disabled}
        onClick={() => {
          if (window.confirm(t.restartConfirm)) void ctx?.notebook.restart();
        }}
      >
        ↻ {t.restart}
      </button>
      {ctx?.progress.edits && ctx.notebook.authored.length > 0 && (
        <button
          type="button"
          data-action="reset"
          data-reset="lesson"
          title={t.edits.resetLessonTitle}
          onClick={() => {
            if (window.confirm(t.edits.resetLessonConfirm)) void ctx.progress.edits?.resetLesson();
          }}
        >
          ↺ {t.edits.resetLesson}
        </button>
      )}
    </div>
  );
}
