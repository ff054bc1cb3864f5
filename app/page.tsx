import { loadLessons } from '@/lib/lesson/load';
import { sitePath } from '@/lib/assets';
import { T } from '@/lib/i18n/T';
import { TFull } from '@/lib/i18n/T-full';
import { countCells } from '@/components/lesson/notebook-cells';
import { lessonActivities } from '@/lib/lesson/activities';
import { LessonProgress } from '@/components/exercise/LessonProgress';
import { ProgressExport } from '@/components/exercise/ProgressExport';
import { Preferences } from '@/components/prefs/Preferences';

/** The course index: every lesson with its summary, sections and language. */
export default function HomePage() {
  const lessons = loadLessons();
  const catalog = lessons.map((l) => ({ slug: l.slug, title: l.title, activities: lessonActivities(l) }));
  return (
    <main className="home" id="main">
      <div className="home-bar">
        <Preferences />
      </div>
      <header className="home-header">
        <h1><T m={(d) => d.siteTitle} /></h1>
        <p><T m={(d) => d.siteTagline} /></p>
      </header>
      <a className="playground-link" href={sitePath('/playground/')} data-link="playground">
        <strong><TFull m={(d) => d.playground.link} /> →</strong>
        <span><TFull m={(d) => d.playground.linkSummary} /></span>
      </a>
      <h2 className="home-list-title"><T m={(d) => d.lessons} /></h2>
      <ol className="lesson-list">
        {lessons.map((l) => (
          <li key={l.slug} className="lesson-card" data-lesson-slug={l.slug}>
            <div className="lesson-card-meta">
              <span className="lesson-number">{String(l.order).padStart(2, '0')}</span>
              <span className="lesson-lang"><T m={(d) => d.language[l.language] ?? l.language} /></span>
              <span>
                <T m={(d) => `${d.sections} ${l.sections.length} · ${d.cells} ${countCells(l)}`} />
              </span>
              <LessonProgress slug={l.slug} activities={lessonActivities(l)} />
            </div>
            <h3 lang={l.language} data-lesson-content>
              <a href={sitePath(`/lessons/${l.slug}/`)}>{l.title}</a>
            </h3>
            <p lang={l.language} data-lesson-content>{l.summary}</p>
            <ol className="lesson-card-sections" lang={l.language} data-lesson-content>
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
