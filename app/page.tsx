import { loadLessons } from '@/lib/lesson/load';
import { sitePath } from '@/lib/assets';
import { t } from '@/lib/i18n/ko';
import { countCells } from '@/components/lesson/notebook-cells';
import { lessonActivities } from '@/lib/lesson/activities';
import { LessonProgress } from '@/components/exercise/LessonProgress';
import { ProgressExport } from '@/components/exercise/ProgressExport';
import { scratchText } from '@/components/scratch/strings';

/** The course index: every lesson with its summary, sections and language. */
export default function HomePage() {
  const lessons = loadLessons();
  const catalog = lessons.map((l) => ({ slug: l.slug, title: l.title, activities: lessonActivities(l) }));
  return (
    <main className="home">
      <header className="home-header">
        <h1>{t.siteTitle}</h1>
        <p>{t.siteTagline}</p>
      </header>
      <a className="playground-link" href={sitePath('/playground/')} data-link="playground">
        <strong>{scratchText.playground.link} →</strong>
        <span>{scratchText.playground.linkSummary}</span>
      </a>
      <h2 className="home-list-title">{t.lessons}</h2>
      <ol className="lesson-list">
        {lessons.map((l) => (
          <li key={l.slug} className="lesson-card" data-lesson-slug={l.slug}>
            <div className="lesson-card-meta">
              <span className="lesson-number">{String(l.order).padStart(2, '0')}</span>
              <span className="lesson-lang" lang={l.language}>{t.language[l.language] ?? l.language}</span>
              <span>
                {t.sections} {l.sections.length} · {t.cells} {countCells(l)}
              </span>
              <LessonProgress slug={l.slug} activities={lessonActivities(l)} />
            </div>
            <h3 lang={l.language}>
              <a href={sitePath(`/lessons/${l.slug}/`)}>{l.title}</a>
            </h3>
            <p lang={l.language}>{l.summary}</p>
            <ol className="lesson-card-sections" lang={l.language}>
              {l.sections.map((s) => (
                <li key={s.id}>
                  <a href={sitePath(`/lessons/${l.slug}/#${encodeURIComponent(s.id)}`)}>{s.title}</a>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {catalog.some((c) => c.activities.length > 0) && <ProgressExport catalog={catalog} />}
    </main>
  );
}
