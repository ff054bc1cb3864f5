'use client';
import { T } from '@/lib/i18n/T';
import { useT } from '@/lib/i18n/use-t';
import { useActivityRecord, useProgressHub } from './use-progress';

/** The student's status of one exercise or quiz (table of contents), from the stored progress. */
export function ActivityBadge({ slug, id }: { slug: string; id: string }) {
  const hub = useProgressHub();
  const t = useT();
  const status = useActivityRecord(hub, slug, id)?.status ?? 'not-started';
  return (
    <span className={`activity-badge activity-${status}`} data-activity-status={status} title={t.progress.status[status]}>
      {status === 'solved' ? '✓' : status === 'attempted' ? '…' : ''}
      <span className="visually-hidden"><T m={(d) => d.progress.status[status]} /></span>
    </span>
  );
}
