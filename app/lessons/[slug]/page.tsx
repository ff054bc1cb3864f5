import type { Metadata } from 'next';
import { getLesson, loadLessons } from '@/lib/lesson/load';
import { LessonView } from '@/components/lesson/LessonView';

export const dynamicParams = false;

/** One static page per lesson folder. */
export function generateStaticParams() {
  return loadLessons().map((l) => ({ slug: l.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return { title: lesson.title, description: lesson.summary };
}

export default async function LessonPage({ params }: { params: Promise<{ slug: string }> }) {
  return <LessonView lesson={getLesson((await params).slug)} />;
}
