'use client';
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { SAVE_ERROR_EVENT, useNotebook } from './NotebookProvider';

// Rare, and never in the static HTML: the notices load when there is one to show.
const VisitNoticeBody = dynamic(() => import('./VisitNoticeBody').then((m) => m.VisitNoticeBody), { ssr: false });

/**
 * Notices about the student's work at the top of the lesson: the previous visit died while a cell
 * was running (nothing was re-run), or edits cannot be saved in this browser.
 */
export function VisitNotice() {
  const ctx = useNotebook();
  const [saveFailed, setSaveFailed] = useState(false);
  useEffect(() => {
    const onError = () => setSaveFailed(true);
    window.addEventListener(SAVE_ERROR_EVENT, onError);
    return () => window.removeEventListener(SAVE_ERROR_EVENT, onError);
  }, []);
  if (!ctx) return null;
  const { interrupted, unavailable } = ctx.progress;
  const storage = unavailable ? 'storage-unavailable' : saveFailed ? 'save-failed' : undefined;
  if (!interrupted && !storage) return null;
  return <VisitNoticeBody interrupted={interrupted?.cellId} storage={storage} />;
}
