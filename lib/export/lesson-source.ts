/**
 * What the notebook exports need about a lesson: its Markdown text and where each top-level
 * fenced block sits and what it is. Built at build time from the parsed `Lesson` and served as a
 * static JSON file next to the lesson page, so the page fetches it only when a student downloads.
 */
import type { Block, Lesson } from '@/lib/lesson/types';

/** What a top-level fenced block is in the lesson. */
export type FenceRole = 'cell' | 'listing' | 'quiz' | 'hint' | 'solution' | 'check' | 'hidden-data';

/** One top-level fenced block. */
export interface SourceFence {
  /** 1-based line of the opening fence. */
  line: number;
  role: FenceRole;
  /** A cell's id. */
  id?: string;
  /** A cell's language. */
  lang?: 'ts' | 'sql';
}

/** The lesson as the exporters read it. Plain JSON. */
export interface LessonSource {
  slug: string;
  title: string;
  summary: string;
  language: 'ko' | 'en';
  /** Data files, for the Jupyter notebook's set-up cell. */
  data: { file: string; table?: string }[];
  /** The lesson file, BOM removed and line ends normalised to `\n` (as the parser reads it). */
  text: string;
  /** Every top-level fence, in file order. */
  fences: SourceFence[];
}

function blockFences(block: Block): SourceFence[] {
  switch (block.kind) {
    case 'cell':
      return [{ line: block.line, role: 'cell', id: block.id, lang: block.lang }];
    case 'listing':
      return [{ line: block.line, role: 'listing' }];
    case 'quiz':
      return [{ line: block.quiz.line, role: 'quiz' }];
    case 'exercise': {
      const { solutions, checks, hiddenData, hints } = block.exercise;
      return [
        ...solutions.map((c): SourceFence => ({ line: c.line, role: 'solution' })),
        ...checks.map((c): SourceFence => ({ line: c.line, role: 'check' })),
        ...hiddenData.map((c): SourceFence => ({ line: c.line, role: 'hidden-data' })),
        ...hints.map((h): SourceFence => ({ line: h.line, role: 'hint' })),
      ];
    }
    case 'prose':
      return [];
  }
}

/**
 * The export view of a parsed lesson.
 * @param text the lesson file exactly as read from disk
 */
export function lessonSource(lesson: Lesson, text: string): LessonSource {
  const blocks = [...lesson.intro, ...lesson.sections.flatMap((s) => s.blocks)];
  return {
    slug: lesson.slug,
    title: lesson.title,
    summary: lesson.summary,
    language: lesson.language,
    data: lesson.data.map((d) => ({ file: d.file, ...(d.table && { table: d.table }) })),
    text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'),
    fences: blocks.flatMap(blockFences).sort((a, b) => a.line - b.line),
  };
}
