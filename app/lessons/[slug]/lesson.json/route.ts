import fs from 'node:fs';
import path from 'node:path';
import { lessonSource } from '@/lib/export/lesson-source';
import { getLesson, lessonDir, loadLessons } from '@/lib/lesson/load';

// A static file per lesson (`/lessons/<slug>/lesson.json`): the lesson's Markdown and fence map,
// fetched only when a student downloads their notebook, so lesson pages do not carry it.
export const dynamic = 'force-static';
export const dynamicParams = false;

/** One file per lesson, like the lesson pages. */
export function generateStaticParams() {
  return loadLessons().map((l) => ({ slug: l.slug }));
}

/** The lesson's export source (lib/export/lesson-source.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const text = fs.readFileSync(path.join(lessonDir(slug), 'index.md'), 'utf8');
  return Response.json(lessonSource(getLesson(slug), text));
}
