import { Fragment } from 'react';
import type { Block, Lesson } from '@/lib/lesson/types';
import { highlight, TokenPalette } from '@/lib/highlight';
import { sitePath, assets } from '@/lib/assets';
import { T } from '@/lib/i18n/T';
import { Preferences } from '@/components/prefs/Preferences';
import { estimateSectionHeight } from '@/lib/lesson/section-height';
import { NotebookProvider } from '@/components/notebook/NotebookProvider';
import { KernelBar } from '@/components/notebook/KernelBar';
import { NotebookDownload } from '@/components/export/NotebookDownload';
import { VisitNotice } from '@/components/notebook/VisitNotice';
import { ShortcutHelp } from '@/components/notebook/ShortcutHelp';
import { ScratchSlot } from '@/components/scratch/ScratchSlot';
import { CellView } from '@/components/cell/CellView';
import { ExercisePanel } from '@/components/exercise/ExercisePanel';
import { QuizView } from '@/components/exercise/QuizView';
import { Toc } from './Toc';
import { LessonHeader } from './LessonHeader';
import { toNotebookCells } from './notebook-cells';

/**
 * One lesson as a notebook. Everything except the cells is static HTML generated at build time,
 * so prose paints before any editor or runtime loads.
 */
export async function LessonView({ lesson }: { lesson: Lesson }) {
  const cells = toNotebookCells(lesson);
  const palette = new TokenPalette();
  const intro = lesson.intro.length > 0 ? await renderBlocks(lesson.intro, lesson.slug, palette) : null;
  const sections = await Promise.all(lesson.sections.map(async (s) => ({ s, blocks: await renderBlocks(s.blocks, lesson.slug, palette) })));
  const dataFiles = lesson.data.map((d) => ({ file: d.file, table: d.table, url: assets.lessonData(lesson.slug, d.file) }));
  return (
    <NotebookProvider slug={lesson.slug} cells={cells} dataFiles={dataFiles} clock={lesson.clock}>
      <div className="lesson-shell">
        {/* The code's token colours (lib/highlight.ts), declared once, ahead of the code they colour. */}
        <style>{palette.css()}</style>
        <header className="topbar">
          <a href={sitePath('/')} className="topbar-home"><T m={(d) => d.back} /></a>
          <span className="topbar-title" lang={lesson.language} data-lesson-content>{lesson.title}</span>
          <ShortcutHelp />
          <KernelBar />
          <NotebookDownload slug={lesson.slug} />
          <Preferences />
        </header>
        <Toc lesson={lesson} />
        <article className="lesson" id="main" lang={lesson.language}>
          <VisitNotice />
          <LessonHeader lesson={lesson} />
          {intro && <div className="section-body">{intro}</div>}
          {sections.map(({ s, blocks }) => (
            <section
              key={s.id}
              id={s.id}
              data-section-id={s.id}
              className="lesson-section"
              // The space the section holds while the browser skips it (content-visibility).
              style={{ containIntrinsicSize: `auto ${estimateSectionHeight(s)}px` }}
            >
              <h2 className="section-title prose" data-lesson-content>
                <a href={`#${encodeURIComponent(s.id)}`} className="anchor" aria-hidden="true" tabIndex={-1}>#</a>
                {s.title}
              </h2>
              <div className="section-body">{blocks}</div>
            </section>
          ))}
        </article>
      </div>
    </NotebookProvider>
  );
}

async function renderBlocks(blocks: Block[], slug: string, palette: TokenPalette) {
  return Promise.all(
    blocks.map(async (b, i) => {
      if (b.kind === 'prose') {
        return <div key={i} className="prose" data-lesson-content dangerouslySetInnerHTML={{ __html: b.html }} />;
      }
      if (b.kind === 'listing') {
        return (
          <figure key={i} className="listing" data-lesson-content>
            {b.lang && <figcaption className="listing-lang">{b.lang}</figcaption>}
            <div dangerouslySetInnerHTML={{ __html: await highlight(b.source, b.lang, palette) }} />
          </figure>
        );
      }
      if (b.kind === 'exercise') {
        const solutionHtml = await Promise.all(b.exercise.solutions.map((s) => highlight(s.source, s.lang, palette)));
        return (
          <Fragment key={b.exercise.id}>
            <ExercisePanel exercise={b.exercise} slug={slug} solutionHtml={solutionHtml} />
            {/* The student's own cells never split an exercise: they go below its panel. */}
            <ScratchSlot anchor={b.exercise.starters.at(-1)!} />
          </Fragment>
        );
      }
      if (b.kind === 'quiz') return <QuizView key={b.quiz.id} quiz={b.quiz} slug={slug} />;
      const view = <CellView cell={b} placeholderHtml={await highlight(b.source, b.lang, palette)} />;
      if (b.exercise) return <Fragment key={b.id}>{view}</Fragment>;
      return (
        <Fragment key={b.id}>
          {view}
          <ScratchSlot anchor={b.id} />
        </Fragment>
      );
    }),
  );
}
