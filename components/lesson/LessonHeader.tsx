import type { Lesson } from '@/lib/lesson/types';
import { T } from '@/lib/i18n/T';

/** Title, summary, learning objectives (linked to their sections) and the source credit. */
export function LessonHeader({ lesson }: { lesson: Lesson }) {
  const { credit } = lesson;
  return (
    <header className="lesson-header">
      <h1 data-lesson-content>{lesson.title}</h1>
      <p className="lesson-summary" data-lesson-content>{lesson.summary}</p>
      {lesson.objectives.length > 0 && (
        <section className="objectives" aria-labelledby="objectives-heading">
          <h2 id="objectives-heading"><T m={(d) => d.objectives} /></h2>
          <ol data-lesson-content>
            {lesson.objectives.map((o, i) => (
              <li key={i}>{o.section ? <a href={`#${encodeURIComponent(o.section)}`}>{o.text}</a> : o.text}</li>
            ))}
          </ol>
        </section>
      )}
      {credit && (
        <p className="credit">
          <T m={(d) => d.credit} />:{' '}
          <span data-lesson-content>
            {credit.url ? <a href={credit.url}>{credit.source}</a> : credit.source}
            {credit.author && ` · ${credit.author}`}
            {credit.license && ` · ${credit.license}`}
            {credit.note && <span className="credit-note"> — {credit.note}</span>}
          </span>
        </p>
      )}
    </header>
  );
}
