import fs from 'node:fs';
import path from 'node:path';
import type { LessonIssue } from './types';

/** `01-intro`: the number gives the order, the rest the URL slug. */
export const LESSON_FOLDER_RE = /^(\d+)-([a-z0-9-]+)$/;

/** A lesson folder found on disk, before parsing. */
export interface LessonFolder {
  /** Absolute folder path. */
  dir: string;
  /** Repo-relative path of its `index.md`, as used in messages. */
  file: string;
  slug: string;
  order: number;
}

/** Repo-relative, forward slashes on every OS, so messages and snapshots look the same everywhere. */
export function relativePath(absolute: string, cwd: string = process.cwd()): string {
  return path.relative(cwd, absolute).split(path.sep).join('/');
}

function issueAt(file: string, message: string): LessonIssue {
  return { file, line: 1, column: 1, message };
}

/**
 * The lesson in folder `dir`, or an issue when the folder looks like a lesson (starts with a
 * number) but is not one, so a misnamed folder is never skipped silently. Undefined for other folders.
 */
export function lessonFolderAt(dir: string, cwd: string = process.cwd()): LessonFolder | LessonIssue | undefined {
  const name = path.basename(dir);
  const file = relativePath(path.join(dir, 'index.md'), cwd);
  const match = LESSON_FOLDER_RE.exec(name);
  if (!match) {
    if (!/^\d/.test(name)) return undefined;
    return issueAt(file, `lesson folder '${name}' must be named NN-slug with lowercase letters, digits and '-', e.g. 01-intro`);
  }
  if (!fs.existsSync(path.join(dir, 'index.md'))) {
    return issueAt(file, `lesson folder '${name}' has no index.md; add one, or rename the folder so it does not start with a number`);
  }
  return { dir, file, slug: match[2], order: Number(match[1]) };
}

/**
 * Every lesson folder under the given roots, sorted by number then slug. Missing roots are skipped
 * (a fresh checkout may have no extra lessons); a slug used twice is an issue, since URLs must be unique.
 */
export function findLessonFolders(
  roots: string[],
  cwd: string = process.cwd(),
): { folders: LessonFolder[]; issues: LessonIssue[] } {
  const folders: LessonFolder[] = [];
  const issues: LessonIssue[] = [];
  for (const root of roots) {
    if (!fs.existsSync(root)) continue;
    for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const found = lessonFolderAt(path.join(root, entry.name), cwd);
      if (found && 'message' in found) issues.push(found);
      else if (found) folders.push(found);
    }
  }
  folders.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const bySlug = new Map<string, LessonFolder>();
  for (const folder of folders) {
    const first = bySlug.get(folder.slug);
    if (first) issues.push(issueAt(folder.file, `lesson slug '${folder.slug}' is also used by ${first.file}; rename one folder`));
    else bySlug.set(folder.slug, folder);
  }
  return { folders, issues };
}
