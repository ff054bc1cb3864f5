'use client';
import { useEffect, useState } from 'react';
import { LESSON_CHECK_GLOBAL, type LessonCheckFn } from '@/lib/lesson-check/types';
import { T } from '@/lib/i18n/T';

/**
 * The page `npm run lessons:check` drives in headless Chromium: it exposes one function that runs a
 * lesson in the real runtime of this build. Students never need it; it shows a short note.
 */
export function LessonCheckHarness() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const run: LessonCheckFn = async (request) => (await import('@/lib/lesson-check/run-lesson')).runLessonCheck(request);
    (window as unknown as Record<string, LessonCheckFn>)[LESSON_CHECK_GLOBAL] = run;
    setReady(true);
  }, []);
  return (
    <main className="home" data-lesson-check={ready ? 'ready' : 'loading'}>
      <h1>lessons:check</h1>
      <p><T m={(d) => d.lessonCheckNote} /></p>
    </main>
  );
}
