/**
 * Instructor CLI: `npm run lessons:check [-- <lesson roots, lesson folders or index.md files>]`.
 * Prints every authoring mistake as `file:line:col: message` (editors make those clickable) and a
 * one-line summary per lesson; exits 1 when anything is wrong, 2 on a bad argument.
 *
 * Today it only parses. Checking is split into phases with one shape (lessons in, issues out) so a
 * second phase, running every cell in headless Chromium, can follow `parsePhase` without a rewrite.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lessonRoots } from '../lib/lesson/dirs';
import { findLessonFolders, lessonFolderAt, type LessonFolder } from '../lib/lesson/discover';
import { readLessonFolder } from '../lib/lesson/load';
import { formatIssue, type Lesson, type LessonIssue } from '../lib/lesson/types';

/** A bad command-line argument: reported without a stack trace, exit code 2. */
class UsageError extends Error {}

/** One lesson as it goes through the phases. */
interface Checked {
  folder: LessonFolder;
  /** Set while every phase so far passed. */
  lesson?: Lesson;
  issues: LessonIssue[];
}

/** The lessons one argument names: an `index.md`, a lesson folder, or a folder of lessons. */
function resolveTarget(arg: string): { folders: LessonFolder[]; issues: LessonIssue[] } {
  const full = path.resolve(arg);
  const stat = fs.statSync(full, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`no such file or folder: ${arg}`);
  const dir = stat.isFile() ? path.dirname(full) : full;
  if (!stat.isFile() && !fs.existsSync(path.join(dir, 'index.md'))) return findLessonFolders([dir]);
  const found = lessonFolderAt(dir);
  if (!found) throw new UsageError(`not a lesson folder (expected a name like 01-intro): ${arg}`);
  return 'message' in found ? { folders: [], issues: [found] } : { folders: [found], issues: [] };
}

/** Lesson folders named by the arguments, or under `lessonRoots()` when there are none. */
function resolveTargets(args: string[]): { folders: LessonFolder[]; issues: LessonIssue[] } {
  if (args.length === 0) return findLessonFolders(lessonRoots());
  const found = args.map(resolveTarget);
  return { folders: found.flatMap((f) => f.folders), issues: found.flatMap((f) => f.issues) };
}

/** Phase 1: parse each lesson file (front matter, sections, cells, data files). */
function parsePhase(folders: LessonFolder[]): Checked[] {
  return folders.map((folder) => {
    const { lesson, issues } = readLessonFolder(folder);
    return { folder, lesson, issues };
  });
}

function countCells(lesson: Lesson): number {
  const blocks = [...lesson.intro, ...lesson.sections.flatMap((s) => s.blocks)];
  return blocks.filter((b) => b.kind === 'cell').length;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Prints issues (stderr) and summaries (stdout); returns the number of issues. */
function printReport(checked: Checked[], folderIssues: LessonIssue[]): number {
  for (const issue of folderIssues) console.error(formatIssue(issue));
  let failed = 0;
  for (const { folder, lesson, issues } of checked) {
    for (const issue of issues) console.error(formatIssue(issue));
    if (lesson && issues.length === 0) {
      console.log(`ok ${folder.file}: ${plural(lesson.sections.length, 'section')}, ${plural(countCells(lesson), 'cell')}`);
    } else {
      failed++;
      console.log(`FAIL ${folder.file}: ${plural(issues.length, 'issue')}`);
    }
  }
  const total = folderIssues.length + checked.reduce((n, c) => n + c.issues.length, 0);
  console.log(`${plural(checked.length, 'lesson')} checked, ${failed} failed, ${plural(total, 'issue')}`);
  return total;
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: npm run lessons:check [-- <lesson root | lesson folder | index.md> ...]');
    return 0;
  }
  const { folders, issues } = resolveTargets(args);
  if (folders.length === 0 && issues.length === 0) {
    console.log('no lessons found');
    return args.length > 0 ? 1 : 0; // an explicit path with nothing in it is most likely a typo
  }
  const checked = parsePhase(folders);
  // Phase 2 goes here: run the cells of every `checked` entry that still has a lesson.
  return printReport(checked, issues) > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UsageError ? `error: ${error.message}` : error);
    process.exit(2);
  },
);
