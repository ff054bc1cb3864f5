/**
 * The student's scratch cells in the notebook exports: at their places, and the Markdown export
 * still parses back, the scratch cells becoming ordinary (norun) cells with their ids.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLessonFolders } from '@/lib/lesson/discover';
import { dataFileSize, readLessonFolder } from '@/lib/lesson/load';
import { parseLesson } from '@/lib/lesson/parse';
import type { Block, Cell, Lesson } from '@/lib/lesson/types';
import { lessonNotebook } from './ipynb';
import { lessonSource } from './lesson-source';
import { lessonMarkdown } from './markdown';
import { exportNotes } from './notes';
import { placeScratch, type ScratchExport } from './scratch-cells';

const ROOT = path.resolve(__dirname, '../..');
const { folders } = findLessonFolders([path.join(ROOT, 'lessons'), path.join(ROOT, 'e2e/fixtures/lessons')]);

const blocksOf = (lesson: Lesson): Block[] => [...lesson.intro, ...lesson.sections.flatMap((s) => s.blocks)];
const cellsOf = (lesson: Lesson): Cell[] => blocksOf(lesson).filter((b): b is Cell => b.kind === 'cell');

/** Scratch cells a student might add: above everything, after the first, the middle and the last cell (two there). */
function scratchFor(cells: Cell[]): ScratchExport[] {
  const at = (i: number) => cells[Math.min(i, cells.length - 1)].id;
  return [
    { id: 'scratch-top0000001', lang: 'ts', source: 'const mine = 1;\nmine', after: null },
    { id: 'scratch-first00001', lang: 'sql', source: 'SELECT 42 AS answer -- ```', after: at(0) },
    { id: 'scratch-mid0000001', lang: 'ts', source: '', after: at(Math.floor(cells.length / 2)) },
    { id: 'scratch-last000001', lang: 'ts', source: 'console.log("```ts")', after: at(cells.length - 1) },
    { id: 'scratch-last000002', lang: 'sql', source: 'SELECT 1', after: at(cells.length - 1) },
  ];
}

/** Lesson cell ids with the scratch ids inserted where they belong. */
function expectedOrder(cells: Cell[], scratch: ScratchExport[]): string[] {
  const ids = scratch.filter((s) => s.after === null).map((s) => s.id);
  for (const c of cells) ids.push(c.id, ...scratch.filter((s) => s.after === c.id).map((s) => s.id));
  return ids;
}

describe('placeScratch', () => {
  it('places each scratch cell after the closest lesson cell above it in run order', () => {
    const cells = [
      { id: 's1', lang: 'ts' as const, scratch: true },
      { id: 'a', lang: 'ts' as const },
      { id: 's2', lang: 'sql' as const, scratch: true },
      { id: 's3', lang: 'ts' as const, scratch: true },
      { id: 'b', lang: 'sql' as const },
    ];
    expect(placeScratch(cells, (id) => `src ${id}`)).toEqual([
      { id: 's1', lang: 'ts', source: 'src s1', after: null },
      { id: 's2', lang: 'sql', source: 'src s2', after: 'a' },
      { id: 's3', lang: 'ts', source: 'src s3', after: 'a' },
    ]);
  });
});

describe.each(folders.map((f) => [f.slug, f] as const))('scratch cells in the exports of %s', (_slug, folder) => {
  const { lesson } = readLessonFolder(folder);
  const source = lessonSource(lesson!, fs.readFileSync(path.join(folder.dir, 'index.md'), 'utf8'));
  const cells = cellsOf(lesson!);
  const scratch = cells.length ? scratchFor(cells) : [];

  it('Markdown: parses back with the scratch cells as norun cells at their places, the lesson otherwise the same', () => {
    const text = lessonMarkdown(source, { sources: {}, scratch });
    const back = parseLesson(text, { file: folder.file, slug: folder.slug, order: folder.order, dataFileSize: (n) => dataFileSize(folder.dir, n) });
    expect(back.issues).toEqual([]);
    const backCells = cellsOf(back.lesson!);
    expect(backCells.map((c) => c.id)).toEqual(expectedOrder(cells, scratch));
    for (const s of scratch) {
      const c = backCells.find((x) => x.id === s.id)!;
      expect(c).toMatchObject({ lang: s.lang, options: { norun: true } });
      expect(c.source).toBe(s.source === '' ? `// ${exportNotes(source.language).emptyCell}` : s.source);
    }
    // Without its scratch cells the lesson reads back as before (same blocks, exercises, quizzes).
    const own = new Set(scratch.map((s) => s.id));
    const strip = (l: Lesson) => JSON.parse(JSON.stringify(l, (k, v) => (k === 'line' ? undefined : v)));
    const withoutScratch = strip(back.lesson!);
    const drop = (blocks: Block[]) => blocks.filter((b) => !(b.kind === 'cell' && own.has(b.id)));
    withoutScratch.intro = drop(withoutScratch.intro);
    for (const s of withoutScratch.sections) s.blocks = drop(s.blocks);
    expect(withoutScratch).toEqual(strip(lesson!));
  });

  it('Jupyter: a code cell per scratch cell at its place, marked as the student\'s own', () => {
    const nb = JSON.parse(JSON.stringify(lessonNotebook(source, {}, scratch)));
    const code = nb.cells.filter((c: { cell_type: string }) => c.cell_type === 'code').slice(1);
    expect(code.map((c: { metadata: { 'de-notebook': { id: string } } }) => c.metadata['de-notebook'].id)).toEqual(expectedOrder(cells, scratch));
    for (const s of scratch) {
      const c = code.find((x: { metadata: { 'de-notebook': { id: string } } }) => x.metadata['de-notebook'].id === s.id);
      expect(c.metadata['de-notebook']).toEqual({ id: s.id, lang: s.lang, scratch: true });
      expect(c.id).toBe(s.id);
      if (s.lang === 'ts') expect(c.source.join('')).toBe(s.source);
      else expect(c.source.join('')).toContain(s.source.replaceAll('`', '\\`'));
    }
  });
});
