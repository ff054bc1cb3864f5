/**
 * The file a student hands in: every exercise and quiz of the course with the student's record,
 * including the ones not started, so an instructor sees the whole picture. `parseExport` reads
 * such a file back (the instructor's summary), rejecting anything that is not one.
 */
import { z } from 'zod';
import type { Activity } from '@/lib/lesson/activities';
import type { ActivityRecord } from './record';

export const EXPORT_FORMAT = 'de-notebook-progress';

/** A lesson and its activities, as the course index knows them. */
export interface CatalogLesson {
  slug: string;
  title: string;
  activities: Activity[];
}

const activitySchema = z.object({
  id: z.string(),
  kind: z.enum(['exercise', 'quiz']),
  title: z.string(),
  status: z.enum(['not-started', 'attempted', 'solved']),
  attempts: z.number().int().min(0),
  hintsUsed: z.number().int().min(0),
  solutionViewed: z.boolean(),
  lastPassed: z.number().int().min(0).optional(),
  lastTotal: z.number().int().min(0).optional(),
  solvedAt: z.string().optional(),
});

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  student: z.string().optional(),
  lessons: z.array(z.object({ slug: z.string(), title: z.string(), activities: z.array(activitySchema) })),
});

export type ProgressExport = z.infer<typeof exportSchema>;
export type ExportedActivity = z.infer<typeof activitySchema>;

/** The hand-in file's content for a course and the student's records. */
export function buildExport(catalog: CatalogLesson[], records: ActivityRecord[], options: { student?: string; at: string }): ProgressExport {
  const find = (slug: string, id: string) => records.find((r) => r.lesson === slug && r.id === id);
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: options.at,
    ...(options.student && { student: options.student }),
    lessons: catalog.map((lesson) => ({
      slug: lesson.slug,
      title: lesson.title,
      activities: lesson.activities.map((a): ExportedActivity => {
        const r = find(lesson.slug, a.id);
        return {
          id: a.id,
          kind: a.kind,
          title: a.title,
          status: r?.status ?? 'not-started',
          attempts: r?.attempts ?? 0,
          hintsUsed: r?.hintsUsed ?? 0,
          solutionViewed: r?.solutionViewed ?? false,
          ...(r?.lastTotal !== undefined && { lastPassed: r.lastPassed ?? 0, lastTotal: r.lastTotal }),
          ...(r?.solvedAt && { solvedAt: r.solvedAt }),
        };
      }),
    })),
  };
}

/** Reads a hand-in file; throws an Error saying what is wrong with it. */
export function parseExport(text: string): ProgressExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('not JSON');
  }
  const parsed = exportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`not a de-notebook progress file (${issue.path.join('.') || 'top level'}: ${issue.message})`);
  }
  return parsed.data;
}

/** The file name of an export: `de-notebook-progress-2024-01-16.json` (with the student's name when given). */
export function exportFileName(at: string, student?: string): string {
  const name = student?.trim().replace(/[\\/:*?"<>|\s]+/g, '_');
  return `de-notebook-progress-${name ? `${name}-` : ''}${at.slice(0, 10)}.json`;
}
