import path from 'node:path';

/**
 * Folders that hold lessons: `lessons/` plus any in LESSONS_EXTRA (comma-separated), which the
 * e2e build uses to add its fixture lessons without mixing them into the real course.
 */
export function lessonRoots(cwd: string = process.cwd()): string[] {
  const extra = (process.env.LESSONS_EXTRA ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return [path.join(cwd, 'lessons'), ...extra.map((d) => path.resolve(cwd, d))];
}
