/**
 * Instructor CLI: `npm run lessons:check [-- [--no-run] [--no-build] <lesson roots, folders or index.md files>]`.
 * Prints every authoring mistake as `file:line:col: message` (editors make those clickable) and a
 * one-line summary per lesson; exits 1 when anything is wrong, 2 on a bad argument.
 *
 * Phase 1 parses each lesson. Phase 2 (unless --no-run) runs each lesson that parsed in headless
 * Chromium against the production build: every cell top to bottom, each exercise's starter (some
 * check must fail) and reference solution (every check must pass), each quiz's answer key.
 * It reuses `out/` when that build is current and builds otherwise (--no-build: never build).
 */
import fs from 'node:fs';
import path from 'node:path';
import { lessonRoots } from '../lib/lesson/dirs';
import { findLessonFolders, lessonFolderAt, type LessonFolder } from '../lib/lesson/discover';
import { readLessonFolder } from '../lib/lesson/load';
import { formatIssue, type Lesson, type LessonIssue } from '../lib/lesson/types';
import type { LessonCheckResult } from '../lib/lesson-check/types';
import { ensureBuild } from './lessons-check-build';
import { runLessons } from './lessons-check-run';

/** A bad command-line argument: reported without a stack trace, exit code 2. */
class UsageError extends Error {}

/** One lesson as it goes through the phases. */
interface Checked {
  folder: LessonFolder;
  /** Set while every phase so far passed. */
  lesson?: Lesson;
  issues: LessonIssue[];
  /** Set once the lesson ran in the browser. */
  run?: LessonCheckResult;
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

function countBlocks(lesson: Lesson, kind: 'cell' | 'exercise' | 'quiz'): number {
  const blocks = [...lesson.intro, ...lesson.sections.flatMap((s) => s.blocks)];
  return blocks.filter((b) => b.kind === kind).length;
}

/** Phase 2: run the lessons that parsed in headless Chromium (see lessons-check-run.ts). */
async function runPhase(checked: Checked[], allowBuild: boolean): Promise<void> {
  const root = process.cwd();
  const outDir = path.join(root, 'out');
  const runnable = checked.filter((c): c is Checked & { lesson: Lesson } => c.lesson !== undefined && c.issues.length === 0);
  if (runnable.length === 0) return;
  ensureBuild(root, outDir, allowBuild, (line) => console.error(line));
  await runLessons(root, outDir, runnable, (folder, result) => {
    const entry = checked.find((c) => c.folder === folder)!;
    if (result instanceof Error) {
      entry.issues.push({ file: folder.file, line: 1, column: 1, message: `the lesson could not be run in the browser: ${result.message}` });
      return;
    }
    entry.run = result;
    entry.issues.push(...result.issues.map((i) => ({ file: folder.file, ...i })));
  });
}

/** `ok` line details: what the lesson holds and, after a run, how long it took. */
function details(lesson: Lesson, run: LessonCheckResult | undefined): string {
  const parts = [plural(lesson.sections.length, 'section'), plural(countBlocks(lesson, 'cell'), 'cell')];
  const exercises = countBlocks(lesson, 'exercise');
  const quizzes = countBlocks(lesson, 'quiz');
  if (exercises > 0) parts.push(plural(exercises, 'exercise'));
  if (quizzes > 0) parts.push(plural(quizzes, 'quiz').replace(/quizs$/, 'quizzes'));
  const ran = run ? `; ran ${plural(run.cellsRun, 'cell')} in ${(run.ms / 1000).toFixed(1)} s` : '';
  return `${parts.join(', ')}${ran}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Prints issues (stderr) and summaries (stdout); returns the number of issues. */
function printReport(checked: Checked[], folderIssues: LessonIssue[]): number {
  for (const issue of folderIssues) console.error(formatIssue(issue));
  let failed = 0;
  for (const { folder, lesson, issues, run } of checked) {
    issues.sort((a, b) => a.line - b.line || a.column - b.column);
    for (const issue of issues) console.error(formatIssue(issue));
    if (lesson && issues.length === 0) {
      console.log(`ok ${folder.file}: ${details(lesson, run)}`);
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
    console.log('usage: npm run lessons:check [-- [--no-run] [--no-build] <lesson root | lesson folder | index.md> ...]');
    return 0;
  }
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  for (const flag of flags) if (flag !== '--no-run' && flag !== '--no-build') throw new UsageError(`unknown option ${flag}`);
  const targets = args.filter((a) => !a.startsWith('--'));
  const { folders, issues } = resolveTargets(targets);
  if (folders.length === 0 && issues.length === 0) {
    console.log('no lessons found');
    return targets.length > 0 ? 1 : 0; // an explicit path with nothing in it is most likely a typo
  }
  const checked = parsePhase(folders);
  if (!flags.has('--no-run')) await runPhase(checked, !flags.has('--no-build'));
  return printReport(checked, issues) > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UsageError ? `error: ${error.message}` : error);
    process.exit(2);
  },
);
