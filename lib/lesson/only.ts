/**
 * The slugs named in LESSONS_ONLY (comma-separated), or undefined for every lesson. Lets a build
 * include a single lesson, e.g. the base-path e2e build, which needs one fixture page, not the course.
 */
export function lessonSlugFilter(env: Record<string, string | undefined> = process.env): Set<string> | undefined {
  const slugs = (env.LESSONS_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return slugs.length > 0 ? new Set(slugs) : undefined;
}
