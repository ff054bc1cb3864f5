import type { Metadata } from 'next';
import { LessonCheckHarness } from '@/components/lesson-check/LessonCheckHarness';

export const metadata: Metadata = { title: 'lessons:check', robots: { index: false } };

/** The instructor's lesson check runs lessons here (see scripts/lessons-check-run.ts). */
export default function LessonCheckPage() {
  return <LessonCheckHarness />;
}
