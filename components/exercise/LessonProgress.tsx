'use client';
import type { Activity } from '@/lib/lesson/activities';
import { T } from '@/lib/i18n/T';
import { useProgressHub, useProgressVersion } from './use-progress';

/** On the course index: how many of a lesson's exercises and quizzes the student has solved. */
export function LessonProgress({ slug, activities }: { slug: string; activities: Activity[] }) {
  const hub = useProgressHub();
  useProgressVersion(hub);
  if (activities.length === 0) return null;
  const solved = activities.filter((a) => hub?.get(slug, a.id)?.status === 'solved').length;
  const started = activities.some((a) => hub?.get(slug, a.id));
  return (
    <span
      className={`lesson-progress${solved === activities.length ? ' lesson-progress-done' : ''}`}
      data-lesson-progress={slug}
      data-solved={solved}
      data-total={activities.length}
      data-started={started}
    >
      <T m={(d) => d.progress.lessonSummary(solved, activities.length)} />
    </span>
  );
}
