import type { Lesson } from '@/lib/lesson/types';
import { lessonActivities } from '@/lib/lesson/activities';
import { t } from '@/lib/i18n/ko';
import { ActivityBadge } from '@/components/exercise/ActivityBadge';

/** Sidebar table of contents: one linkable entry per section, with its exercises and quizzes and their status. */
export function Toc({ lesson }: { lesson: Lesson }) {
  const activities = lessonActivities(lesson);
  return (
    <nav className="toc" aria-label={t.contents}>
      <div className="toc-heading">{t.contents}</div>
      <ol>
        {lesson.sections.map((s) => (
          <li key={s.id}>
            <a href={`#${encodeURIComponent(s.id)}`} data-toc-section={s.id}>
              {s.title}
            </a>
            {activities.some((a) => a.section === s.id) && (
              <ol className="toc-activities">
                {activities
                  .filter((a) => a.section === s.id)
                  .map((a) => (
                    <li key={a.id} data-toc-activity={a.id}>
                      <a href={`#${encodeURIComponent(a.anchor)}`}>
                        <span className="toc-activity-kind">{a.kind === 'exercise' ? t.exercise.label : t.quiz.label}</span>
                        {a.title}
                      </a>
                      <ActivityBadge slug={lesson.slug} id={a.id} />
                    </li>
                  ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
