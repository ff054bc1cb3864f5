import type { Lesson } from '@/lib/lesson/types';
import { lessonActivities } from '@/lib/lesson/activities';
import { T } from '@/lib/i18n/T';
import { ActivityBadge } from '@/components/exercise/ActivityBadge';
import { TocFrame } from './TocFrame';

/** Table of contents: one linkable entry per section, with its exercises and quizzes and their status. */
export function Toc({ lesson }: { lesson: Lesson }) {
  const activities = lessonActivities(lesson);
  return (
    <TocFrame>
      <ol>
        {lesson.sections.map((s) => (
          <li key={s.id}>
            <a href={`#${encodeURIComponent(s.id)}`} data-toc-section={s.id} lang={lesson.language} data-lesson-content>
              {s.title}
            </a>
            {activities.some((a) => a.section === s.id) && (
              <ol className="toc-activities">
                {activities
                  .filter((a) => a.section === s.id)
                  .map((a) => (
                    <li key={a.id} data-toc-activity={a.id}>
                      <a href={`#${encodeURIComponent(a.anchor)}`}>
                        <span className="toc-activity-kind">
                          <T m={(d) => (a.kind === 'exercise' ? d.exercise.label : d.quiz.label)} />
                        </span>
                        <span lang={lesson.language} data-lesson-content>{a.title}</span>
                      </a>
                      <ActivityBadge slug={lesson.slug} id={a.id} />
                    </li>
                  ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </TocFrame>
  );
}
