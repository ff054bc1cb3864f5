/**
 * The student's version of a lesson as a lesson-format Markdown file: the lesson file itself,
 * with each cell's code replaced by the student's current source. Everything else (front matter,
 * prose, fence info strings, exercises, quizzes) is kept byte for byte, so the site's parser reads
 * the file back into the same cells: same ids, kinds, options, with the student's sources. The
 * student's scratch cells are written in as ordinary cells with their ids, right after the lesson
 * cell they follow, marked `norun` as they behave on the page ("Run all" skips them, so an
 * experiment that throws blocks nothing of the lesson). Lesson cells without an `id=` then get
 * their id written in, so the added cells do not renumber them.
 */
import { fenceExtent, fenceFor } from './fences';
import type { LessonSource } from './lesson-source';
import { exportNotes } from './notes';
import { scratchGroups, type ScratchExport } from './scratch-cells';

/** Options of the Markdown export. */
export interface MarkdownExportOptions {
  /** The student's current source per cell id; cells not listed keep the authored code. */
  sources: Readonly<Record<string, string>>;
  /** Date written into the header comment (`YYYY-MM-DD`); no comment when omitted. */
  date?: string;
  /** The student's scratch cells and the lesson cell each follows (see scratch-cells.ts). */
  scratch?: readonly ScratchExport[];
}

/** A cell body the format accepts: the parser rejects an empty cell, so an emptied one gets a comment. */
function cellBody(source: string, lang: 'ts' | 'sql' | undefined, empty: string): string {
  if (source.trim() !== '') return source;
  return `${lang === 'sql' ? '--' : '//'} ${empty}`;
}

/** Index of the line after the front matter's closing `---`, or 0 when there is none. */
function afterFrontMatter(lines: readonly string[]): number {
  if (lines[0] !== '---') return 0;
  const end = lines.indexOf('---', 1);
  return end < 0 ? 0 : end + 1;
}

/**
 * The lesson file with the student's code in its cells.
 * @returns Markdown text ending with a newline
 */
export function lessonMarkdown(lesson: LessonSource, options: MarkdownExportOptions): string {
  const notes = exportNotes(lesson.language);
  const lines = lesson.text.split('\n');
  const out: string[] = [];
  let next = 0;
  const header = afterFrontMatter(lines);
  if (options.date && header > 0) {
    out.push(...lines.slice(0, header), notes.markdownHeader(options.date));
    next = header;
  }
  const groups = scratchGroups(options.scratch ?? []);
  const hasScratch = groups.size > 0;
  const scratchFences = (after: string | null): string[] =>
    (groups.get(after) ?? []).flatMap((c) => {
      groups.delete(after);
      const body = cellBody(c.source, c.lang, notes.emptyCell);
      const run = fenceFor(body, '```');
      return ['', `${run}${c.lang} id=${c.id} norun`, body, run];
    });
  const cellFences = lesson.fences.filter((f) => f.role === 'cell' && f.id !== undefined);
  for (const [n, fence] of cellFences.entries()) {
    const { open, close, run, info } = fenceExtent(lines, fence.line);
    out.push(...lines.slice(next, open));
    // Scratch cells above every lesson cell go just before the first one.
    if (n === 0 && groups.has(null)) out.push(...scratchFences(null).slice(1), '');
    const source = options.sources[fence.id!];
    // A cell without id= is numbered by its place in its section, and an added scratch cell would
    // shift the numbers after it (and lose the student's edits, stored by id): name it as it was.
    const pinned = hasScratch && !/(?:^|\s)id=/.test(info) ? `${info} id=${fence.id}` : info;
    if (source === undefined && pinned === info) {
      out.push(...lines.slice(open, close + 1));
    } else {
      const body = source === undefined ? lines.slice(open + 1, close).join('\n') : cellBody(source, fence.lang, notes.emptyCell);
      const indent = /^ */.exec(lines[open])![0];
      const fenceRun = source === undefined ? run : fenceFor(body, run);
      out.push(`${indent}${fenceRun}${pinned}`, body, `${indent}${fenceRun}`);
    }
    out.push(...scratchFences(fence.id!));
    next = close + 1;
  }
  out.push(...lines.slice(next));
  // Scratch cells whose lesson cell is not in this file (none, normally) close the lesson.
  for (const after of [...groups.keys()]) out.push(...scratchFences(after));
  const text = out.join('\n');
  return text.endsWith('\n') ? text : `${text}\n`;
}
