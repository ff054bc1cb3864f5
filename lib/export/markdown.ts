/**
 * The student's version of a lesson as a lesson-format Markdown file: the lesson file itself,
 * with each cell's code replaced by the student's current source. Everything else (front matter,
 * prose, fence info strings, exercises, quizzes) is kept byte for byte, so the site's parser reads
 * the file back into the same cells: same ids, kinds, options, with the student's sources.
 */
import { fenceExtent, fenceFor } from './fences';
import type { LessonSource } from './lesson-source';
import { exportNotes } from './notes';

/** Options of the Markdown export. */
export interface MarkdownExportOptions {
  /** The student's current source per cell id; cells not listed keep the authored code. */
  sources: Readonly<Record<string, string>>;
  /** Date written into the header comment (`YYYY-MM-DD`); no comment when omitted. */
  date?: string;
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
  for (const fence of lesson.fences) {
    if (fence.role !== 'cell' || fence.id === undefined) continue;
    const { open, close, run, info } = fenceExtent(lines, fence.line);
    const source = options.sources[fence.id];
    if (source === undefined) continue;
    const body = cellBody(source, fence.lang, notes.emptyCell);
    const indent = /^ */.exec(lines[open])![0];
    const fenceRun = fenceFor(body, run);
    out.push(...lines.slice(next, open), `${indent}${fenceRun}${info}`, body, `${indent}${fenceRun}`);
    next = close + 1;
  }
  out.push(...lines.slice(next));
  const text = out.join('\n');
  return text.endsWith('\n') ? text : `${text}\n`;
}
