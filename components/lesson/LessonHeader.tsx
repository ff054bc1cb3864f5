import type { Lesson } from '@/lib/lesson/types';
import { t } from '@/lib/i18n/ko';

/** Title, summary, learning objectives (linked to their sections) and the source credit. */
export function LessonHeader({ lesson }: { lesson: Lesson }) {
  const { credit } = lesson;
  return (
    <header className="lesson-header">
      <h1>{lesson.title}</h1>
      <p className="lesson-summary">{lesson.summary}</p>
      {lesson.objectives.length > 0 && (
        <section className="objectives" aria-label={t.objectives}>
          <h2>{t.objectives}</h2>
          <ol>
            {lesson.objectives.map((o, i) => (
              <li key={i}>{o.section ? <a href={`#${encodeURIComponent(o.section)}`}>{o.text}</a> : o.text}</li>
            ))}
          </ol>
        </section>
      )}
      {credit && (
        <p className="credit">
          {t.credit}:{' '}
          {credit.url ? <a href={credit.url}>{credit.source}</a> : credit.source}
          {credit.author && ` · ${credit.author}`}
          {credit.license && ` · ${credit.license}`}
          {credit.note && <span className="credit-note"> — {credit.note}</span>}
        </p>
      )}
    </header>
  );
}
