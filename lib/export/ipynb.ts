/**
 * The student's version of a lesson as a Jupyter notebook (nbformat 4.5) for the Deno kernel:
 * - a Markdown cell with the title, summary and how to run the notebook, then a set-up code cell
 *   (deno-prelude.ts);
 * - every lesson cell as a code cell with the student's current source (SQL wrapped in TypeScript);
 * - the Markdown between two cells as one Markdown cell, without the blocks that only the site can
 *   use: exercise solutions, checks, hidden data and hints are left out, quizzes keep their question
 *   and answers with no answer marked and no explanations;
 * - the student's scratch cells as code cells right after the lesson cell each follows.
 */
import { denoPrelude, sqlAsTypeScript } from './deno-prelude';
import { fenceExtent } from './fences';
import type { LessonSource, SourceFence } from './lesson-source';
import { exportNotes } from './notes';
import { quizAsMarkdown } from './quiz-markdown';
import { scratchGroups, type ScratchExport } from './scratch-cells';

/** An nbformat 4 cell, as this exporter writes it. */
export type NotebookCell =
  | { cell_type: 'markdown'; id: string; metadata: Record<string, unknown>; source: string[] }
  | { cell_type: 'code'; id: string; metadata: Record<string, unknown>; source: string[]; execution_count: null; outputs: [] };

/** An nbformat 4.5 notebook. */
export interface JupyterNotebook {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: Record<string, unknown>;
  cells: NotebookCell[];
}

/** nbformat's multi-line string: lines that keep their `\n`, the last without. */
function lines(text: string): string[] {
  return text.split(/(?<=\n)/);
}

/** nbformat 4.5 cell ids: 1-64 of [a-zA-Z0-9-_], unique. Lesson ids may hold Hangul, so those are renamed. */
function cellId(wanted: string | undefined, fallback: string, used: Set<string>): string {
  const id = wanted && /^[a-zA-Z0-9_-]{1,64}$/.test(wanted) && !used.has(wanted) ? wanted : fallback;
  used.add(id);
  return id;
}

/** The Markdown of a run of lesson lines, with site-only blocks removed. */
function prose(lines: readonly string[], from: number, to: number, fences: readonly SourceFence[], quiz: string): string {
  const out: string[] = [];
  let i = from;
  for (const fence of fences) {
    if (fence.line - 1 < from || fence.line - 1 >= to) continue;
    const { open, close } = fenceExtent(lines, fence.line);
    out.push(...lines.slice(i, open));
    if (fence.role === 'listing') out.push(...lines.slice(open, close + 1));
    if (fence.role === 'quiz') out.push(quiz, '', quizAsMarkdown(lines.slice(open + 1, close)));
    i = close + 1;
  }
  out.push(...lines.slice(i, to));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Index of the first body line: after the front matter and the optional `# title` line. */
function bodyStart(all: readonly string[]): number {
  let i = all[0] === '---' ? all.indexOf('---', 1) + 1 : 0;
  while (i < all.length && (all[i].trim() === '' || /^<!--.*-->\s*$/.test(all[i]))) i++;
  return /^# /.test(all[i] ?? '') ? i + 1 : i;
}

/**
 * Builds the notebook.
 * @param sources the student's current source per cell id; cells not listed keep the authored code
 * @param scratch the student's scratch cells and the lesson cell each follows
 */
export function lessonNotebook(lesson: LessonSource, sources: Readonly<Record<string, string>>, scratch: readonly ScratchExport[] = []): JupyterNotebook {
  const notes = exportNotes(lesson.language);
  const all = lesson.text.split('\n');
  const used = new Set<string>();
  let md = 0;
  const markdown = (text: string): NotebookCell => ({ cell_type: 'markdown', id: cellId(undefined, `md-${++md}`, used), metadata: {}, source: lines(text) });
  const cells: NotebookCell[] = [
    markdown(`# ${lesson.title}\n\n${lesson.summary}\n\n${notes.notebookIntro(lesson.data.map((d) => d.file))}`),
    { cell_type: 'code', id: cellId('setup', 'setup', used), metadata: {}, source: lines(denoPrelude(lesson.data)), execution_count: null, outputs: [] },
  ];
  const groups = scratchGroups(scratch);
  let own = 0;
  const addScratch = (after: string | null) => {
    for (const s of groups.get(after) ?? []) {
      cells.push({
        cell_type: 'code',
        id: cellId(s.id, `scratch-${++own}`, used),
        metadata: { 'de-notebook': { id: s.id, lang: s.lang, scratch: true } },
        source: lines(s.lang === 'sql' ? sqlAsTypeScript(s.source, undefined) : s.source),
        execution_count: null,
        outputs: [],
      });
    }
    groups.delete(after);
  };
  let from = bodyStart(all);
  const cellFences = lesson.fences.filter((f) => f.role === 'cell' && f.id !== undefined);
  cellFences.forEach((fence, n) => {
    const { open, close } = fenceExtent(all, fence.line);
    const text = prose(all, from, open, lesson.fences, notes.quiz);
    if (text !== '') cells.push(markdown(text));
    if (n === 0) addScratch(null); // above every lesson cell: just before the first one
    const info = /^ {0,3}(`{3,}|~{3,})\s*\S+(.*)$/.exec(all[open])?.[2] ?? '';
    const name = /(?:^|\s)name=(\S+)/.exec(info)?.[1];
    const source = sources[fence.id!] ?? all.slice(open + 1, close).join('\n');
    cells.push({
      cell_type: 'code',
      id: cellId(fence.id, `cell-${n + 1}`, used),
      metadata: { 'de-notebook': { id: fence.id, lang: fence.lang, options: info.trim() } },
      source: lines(fence.lang === 'sql' ? sqlAsTypeScript(source, name) : source),
      execution_count: null,
      outputs: [],
    });
    addScratch(fence.id!);
    from = close + 1;
  });
  const rest = prose(all, from, all.length, lesson.fences, notes.quiz);
  if (rest !== '') cells.push(markdown(rest));
  for (const after of [...groups.keys()]) addScratch(after); // a lesson cell not in this file: at the end
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'deno', display_name: 'Deno', language: 'typescript' },
      language_info: {
        name: 'typescript',
        file_extension: '.ts',
        mimetype: 'text/x.typescript',
        pygments_lexer: 'typescript',
        codemirror_mode: 'typescript',
        nb_converter: 'script',
      },
      'de-notebook': { lesson: lesson.slug },
    },
    cells,
  };
}
