/**
 * The notebook exports checked against the real lesson parser, on every lesson of the course
 * and of the e2e fixtures: the Markdown export must read back into the same lesson with the
 * student's code in its cells; the Jupyter notebook must be nbformat 4.5 with one cell per
 * lesson cell and per run of prose between them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLessonFolders, type LessonFolder } from '@/lib/lesson/discover';
import { dataFileSize, readLessonFolder } from '@/lib/lesson/load';
import { parseLesson } from '@/lib/lesson/parse';
import type { Block, Cell, Lesson } from '@/lib/lesson/types';
import { lessonNotebook } from './ipynb';
import { lessonSource, type LessonSource } from './lesson-source';
import { lessonMarkdown } from './markdown';

const ROOT = path.resolve(__dirname, '../..');
const { folders } = findLessonFolders([path.join(ROOT, 'lessons'), path.join(ROOT, 'e2e/fixtures/lessons')]);

function load(folder: LessonFolder): { lesson: Lesson; source: LessonSource } {
  const { lesson, issues } = readLessonFolder(folder);
  expect(issues).toEqual([]);
  return { lesson: lesson!, source: lessonSource(lesson!, fs.readFileSync(path.join(folder.dir, 'index.md'), 'utf8')) };
}

function cellsOf(lesson: Lesson): Cell[] {
  return [...lesson.intro, ...lesson.sections.flatMap((s) => s.blocks)].filter((b): b is Cell => b.kind === 'cell');
}

/** A lesson without line numbers and with every cell's source replaced: what must survive a round trip. */
function shape(lesson: Lesson, sources: Record<string, string>): unknown {
  return JSON.parse(JSON.stringify(lesson, (key, value: unknown) => {
    if (key === 'line') return undefined;
    const block = value as Block;
    if (block && typeof block === 'object' && block.kind === 'cell') return { ...block, source: sources[block.id] ?? block.source };
    return value;
  }));
}

/** Edits a student might make, including ones that are hard to write back into Markdown. */
function studentEdits(cells: Cell[]): Record<string, string> {
  const edits: Record<string, string> = {};
  cells.forEach((c, i) => {
    const comment = c.lang === 'sql' ? '--' : '//';
    if (i % 3 === 0) edits[c.id] = `${comment} 내가 고침 ${i}\n${c.source}`;
    else if (i % 3 === 1) edits[c.id] = `${c.source}\n${comment} a fence inside:\n${comment === '--' ? '' : '/*\n'}\`\`\`ts\nnot the end\n\`\`\`${comment === '--' ? '' : '\n*/'}`;
  });
  return edits;
}

describe.each(folders.map((f) => [f.slug, f] as const))('exports of %s', (_slug, folder) => {
  it('Markdown export reads back into the same lesson with the student code in its cells', () => {
    const { lesson, source } = load(folder);
    const edits = studentEdits(cellsOf(lesson));
    const text = lessonMarkdown(source, { sources: edits, date: '2024-03-01' });
    const back = parseLesson(text, { file: folder.file, slug: folder.slug, order: folder.order, dataFileSize: (n) => dataFileSize(folder.dir, n) });
    expect(back.issues).toEqual([]);
    expect(shape(back.lesson!, {})).toEqual(shape(lesson, edits));
  });

  it('Jupyter export is nbformat 4.5 with a code cell per lesson cell holding the student code', () => {
    const { lesson, source } = load(folder);
    const cells = cellsOf(lesson);
    const edits = studentEdits(cells);
    const nb = JSON.parse(JSON.stringify(lessonNotebook(source, edits)));
    expect(nb).toMatchObject({ nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: 'deno', language: 'typescript' }, language_info: { name: 'typescript' } } });
    const ids = new Set<string>();
    for (const c of nb.cells) {
      expect(Object.keys(c).sort()).toEqual(c.cell_type === 'code' ? ['cell_type', 'execution_count', 'id', 'metadata', 'outputs', 'source'] : ['cell_type', 'id', 'metadata', 'source']);
      expect(c.id).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
      expect(ids.has(c.id)).toBe(false);
      ids.add(c.id);
      expect(c.source.every((l: string, i: number) => i === c.source.length - 1 || l.endsWith('\n'))).toBe(true);
    }
    const code = nb.cells.filter((c: { cell_type: string }) => c.cell_type === 'code').slice(1); // after the set-up cell
    expect(code.map((c: { metadata: { 'de-notebook': { id: string } } }) => c.metadata['de-notebook'].id)).toEqual(cells.map((c) => c.id));
    code.forEach((c: { source: string[] }, i: number) => {
      const wanted = edits[cells[i].id] ?? cells[i].source;
      const text = c.source.join('');
      if (cells[i].lang === 'ts') expect(text).toBe(wanted);
      else expect(text).toContain(wanted.replaceAll('`', '\\`'));
    });
    // Markdown cells never sit next to each other: each is one run of prose between two cells.
    nb.cells.forEach((c: { cell_type: string }, i: number) => {
      if (i > 0 && c.cell_type === 'markdown') expect(nb.cells[i - 1].cell_type).toBe('code');
    });
  });
});

describe('Jupyter export of an exercise and a quiz', () => {
  const folder = folders.find((f) => f.slug === 'fixture-exercises')!;

  it('leaves out solutions and checks, and marks no quiz answer', () => {
    const { lesson, source } = load(folder);
    const nb = lessonNotebook(source, {});
    const all = nb.cells.map((c) => c.source.join('')).join('\n');
    const exercise = [...lesson.intro, ...lesson.sections.flatMap((s) => s.blocks)].find((b) => b.kind === 'exercise');
    expect(exercise?.kind).toBe('exercise');
    if (exercise?.kind !== 'exercise') return;
    for (const s of exercise.exercise.solutions) expect(all).not.toContain(s.source);
    for (const c of exercise.exercise.checks) expect(all).not.toContain(c.source);
    expect(all).not.toMatch(/\[[xX]\]/);
  });
});

describe('Jupyter export code', () => {
  it('runs: the set-up cell loads the data and a SQL cell returns rows as the site shows them', async () => {
    const folder = folders.find((f) => f.slug === 'fixture-basics')!;
    const nb = lessonNotebook(load(folder).source, {});
    const code = (id: string) => nb.cells.find((c) => c.id === id)!.source.join('');
    // Deno resolves `npm:` specifiers; node resolves the same package from node_modules.
    const program = [
      `process.chdir(${JSON.stringify(folder.dir)});`,
      code('setup').replace(/npm:(@duckdb\/node-api)@[^']+/, '$1'),
      code('sum-sales').replace(/\ntotals$/, ''),
      'export { totals };',
    ].join('\n');
    const file = path.join(__dirname, `.notebook-${process.pid}.tmp.mts`);
    fs.writeFileSync(file, program);
    const cwd = process.cwd();
    try {
      const { totals } = await import(/* @vite-ignore */ file);
      expect(totals).toEqual([
        { category: '도서', total: 105000, orders: 3 },
        { category: '의류', total: 138000, orders: 2 },
        { category: '전자제품', total: 1639000, orders: 3 },
      ]);
    } finally {
      fs.rmSync(file, { force: true });
      process.chdir(cwd);
    }
  });
});
