'use client';
import { useState } from 'react';
import { TFull as T } from '@/lib/i18n/T-full';

/**
 * The notices VisitNotice shows (see there), loaded only when there is one: the previous visit
 * died while a cell was running (nothing was re-run), or edits cannot be saved in this browser.
 */
export function VisitNoticeBody({ interrupted, storage }: { interrupted?: string; storage?: 'storage-unavailable' | 'save-failed' }) {
  const [dismissed, setDismissed] = useState(false);
  const goTo = (id: string) => document.querySelector(`[data-cell-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center' });
  return (
    <>
      {interrupted && !dismissed && (
        <div className="visit-notice" role="alert" data-notice="interrupted-run" data-cell-ref={interrupted}>
          <span className="visit-notice-icon" aria-hidden="true">⚠</span>
          <span className="visit-notice-text"><T m={(d) => d.visit.interrupted(interrupted)} /></span>
          <button type="button" onClick={() => goTo(interrupted)}><T m={(d) => d.visit.goToCell} /></button>
          <button type="button" onClick={() => setDismissed(true)}><T m={(d) => d.visit.dismiss} /></button>
        </div>
      )}
      {storage && (
        <div className="visit-notice" role="alert" data-notice={storage}>
          <span className="visit-notice-icon" aria-hidden="true">⚠</span>
          <span className="visit-notice-text"><T m={(d) => (storage === 'storage-unavailable' ? d.editNotices.unavailable : d.editNotices.saveFailed)} /></span>
        </div>
      )}
    </>
  );
}
