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

/**
 * The slugs named in LESSONS_ONLY (comma-separated), or undefined for every lesson. Lets a build
 * include a single lesson, e.g. the base-path e2e build, which needs one fixture page, not the course.
 */
export function lessonSlugFilter(env: Record<string, string | undefined> = process.env): Set<string> | undefined {
  const slugs = (env.LESSONS_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return slugs.length > 0 ? new Set(slugs) : undefined;
}
