import fs from 'node:fs';
import path from 'node:path';
import { lessonRoots } from './dirs';
import { lessonSlugFilter } from './only';
import { findLessonFolders, type LessonFolder } from './discover';
import { parseLesson, type ParseResult } from './parse';
import { formatIssue, type Lesson, type LessonIssue } from './types';

/*
 * Server-only (node:fs). Not marked with `import 'server-only'` because the instructor CLI imports
 * it under plain Node, where that package throws.
 */

/**
 * Size of a data file in a lesson folder, or undefined when it is missing. The name must match
 * exactly, including case: macOS would find `Sales.csv` for `sales.csv`, the Linux build would not.
 */
export function dataFileSize(dir: string, name: string): number | undefined {
  const full = path.join(dir, name);
  const stat = fs.statSync(full, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  return fs.readdirSync(path.dirname(full)).includes(path.basename(full)) ? stat.size : undefined;
}

/** Reads and parses one lesson folder's `index.md`. */
export function readLessonFolder(folder: LessonFolder): ParseResult {
  const text = fs.readFileSync(path.join(folder.dir, 'index.md'), 'utf8');
  return parseLesson(text, {
    file: folder.file,
    slug: folder.slug,
    order: folder.order,
    dataFileSize: (name) => dataFileSize(folder.dir, name),
  });
}

interface Loaded {
  lessons: Lesson[];
  dirs: Map<string, string>;
}

let cache: Loaded | undefined;

function load(): Loaded {
  const found = findLessonFolders(lessonRoots());
  const only = lessonSlugFilter();
  const folders = only ? found.folders.filter((f) => only.has(f.slug)) : found.folders;
  const issues = only ? found.issues.filter((i) => folders.some((f) => f.file === i.file)) : found.issues;
  const all: LessonIssue[] = [...issues];
  const lessons: Lesson[] = [];
  const dirs = new Map<string, string>();
  for (const folder of folders) {
    const result = readLessonFolder(folder);
    all.push(...result.issues);
    if (result.lesson) lessons.push(result.lesson);
    dirs.set(folder.slug, folder.dir);
  }
  if (all.length > 0) {
    const plural = all.length === 1 ? 'issue' : 'issues';
    throw new Error(`${all.length} lesson ${plural}:\n${all.map(formatIssue).join('\n')}`);
  }
  return { lessons, dirs };
}

/** Cached for the process (the build calls this per page), re-read in development so edits show on reload. */
function loaded(): Loaded {
  if (process.env.NODE_ENV === 'development') return load();
  cache ??= load();
  return cache;
}

/**
 * Every lesson under `lessonRoots()`, in course order (folder number, then slug).
 * @throws Error listing every issue of every lesson as `file:line:col: message` when any is broken,
 *   so the build fails loudly with positions an instructor can jump to.
 */
export function loadLessons(): Lesson[] {
  return loaded().lessons;
}

/** The lesson with this slug. @throws Error when there is none. */
export function getLesson(slug: string): Lesson {
  const lesson = loaded().lessons.find((l) => l.slug === slug);
  if (!lesson) throw new Error(`no lesson with slug '${slug}'; known: ${loaded().lessons.map((l) => l.slug).join(', ')}`);
  return lesson;
}

/** Absolute folder of the lesson with this slug (where its data files live). @throws Error when unknown. */
export function lessonDir(slug: string): string {
  const dir = loaded().dirs.get(slug);
  if (!dir) throw new Error(`no lesson with slug '${slug}'`);
  return dir;
}

/** Forgets the cached lessons; for tests that change LESSONS_EXTRA or the files between calls. */
export function clearLessonCache(): void {
  cache = undefined;
}
