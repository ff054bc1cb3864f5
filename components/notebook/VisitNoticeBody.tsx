'use client';
import { useEffect, useState } from 'react';
import { T } from '@/lib/i18n/T';
import { SAVE_ERROR_EVENT, useNotebook } from './NotebookProvider';

/**
 * Notices about the student's work at the top of the lesson: the previous visit died while a cell
 * was running (nothing was re-run), or edits cannot be saved in this browser.
 */
export function VisitNotice() {
  const ctx = useNotebook();
  const [dismissed, setDismissed] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  useEffect(() => {
    const onError = () => setSaveFailed(true);
    window.addEventListener(SAVE_ERROR_EVENT, onError);
    return () => window.removeEventListener(SAVE_ERROR_EVENT, onError);
  }, []);
  if (!ctx) return null;
  const { interrupted, unavailable } = ctx.progress;
  const goTo = (id: string) => document.querySelector(`[data-cell-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center' });
  return (
    <>
      {interrupted && !dismissed && (
        <div className="visit-notice" role="alert" data-notice="interrupted-run" data-cell-ref={interrupted.cellId}>
          <span className="visit-notice-icon" aria-hidden="true">⚠</span>
          <span className="visit-notice-text"><T m={(d) => d.visit.interrupted(interrupted.cellId)} /></span>
          <button type="button" onClick={() => goTo(interrupted.cellId)}><T m={(d) => d.visit.goToCell} /></button>
          <button type="button" onClick={() => setDismissed(true)}><T m={(d) => d.visit.dismiss} /></button>
        </div>
      )}
      {(unavailable || saveFailed) && (
        <div className="visit-notice" role="alert" data-notice={unavailable ? 'storage-unavailable' : 'save-failed'}>
          <span className="visit-notice-icon" aria-hidden="true">⚠</span>
          <span className="visit-notice-text"><T m={(d) => (unavailable ? d.edits.unavailable : d.edits.saveFailed)} /></span>
        </div>
      )}
    </>
  );
}
