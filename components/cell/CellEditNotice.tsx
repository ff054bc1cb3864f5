'use client';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { TFull as T } from '@/lib/i18n/T-full';
import { currentFullMessages as currentMessages } from '@/lib/i18n/full';
import type { CellEditState } from '@/lib/progress/edit-session';

const CellDiff = dynamic(() => import('./CellDiff').then((m) => m.CellDiff), { ssr: false });

interface Props {
  id: string;
  lang: 'ts' | 'sql';
  edit: CellEditState;
  mine: string;
  /** The previous visit died while this cell was running. */
  interrupted: boolean;
  onKeepMine(): void;
  onTakeLesson(): void;
}

/**
 * What a cell has to tell about the student's work: the lesson changed under their edit (keep
 * mine / take the new version / view both), or the last visit died while this cell ran.
 */
export function CellEditNotice({ id, lang, edit, mine, interrupted, onKeepMine, onTakeLesson }: Props) {
  const [comparing, setComparing] = useState(false);
  const conflict = edit.conflict;
  return (
    <>
      {interrupted && (
        <div className="cell-notice cell-notice-warn" data-notice="interrupted-run">
          <T m={(d) => d.visit.cellNote} />
        </div>
      )}
      {conflict && (
        <div className="cell-notice" data-notice="lesson-changed" role="status">
          <div className="cell-notice-head">
            <strong><T m={(d) => d.editNotices.changedTitle} /></strong> <T m={(d) => d.editNotices.changedBody} />
          </div>
          <div className="cell-notice-actions">
            <button type="button" data-action="keep-mine" onClick={onKeepMine}><T m={(d) => d.editNotices.keepMine} /></button>
            <button
              type="button"
              data-action="take-lesson"
              onClick={() => {
                if (window.confirm(currentMessages().editNotices.takeNewConfirm)) onTakeLesson();
              }}
            >
              <T m={(d) => d.editNotices.takeNew} />
            </button>
            <button type="button" data-action="view-both" aria-expanded={comparing} onClick={() => setComparing((v) => !v)}>
              {comparing ? <T m={(d) => d.editNotices.hideBoth} /> : <T m={(d) => d.editNotices.viewBoth} />}
            </button>
          </div>
          {comparing && <CellDiff id={id} lang={lang} lessonSource={conflict.lessonSource} mine={mine} />}
        </div>
      )}
    </>
  );
}
