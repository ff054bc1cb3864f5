import type { Code, Heading, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { ExerciseCollector, type HeadingContext } from './exercise-collect';
import { Anchors, plainText, setHeadingId } from './headings';
import { parseInfoString, type FenceSpec } from './info-string';
import { renderFragment } from './markdown-fragment';
import { renderProse } from './prose';
import { parseQuiz } from './quiz';
import type { Report } from './report';
import type { Block, Cell, Section } from './types';

export interface LessonBody {
  intro: Block[];
  sections: Section[];
}

/** Top-level nodes that never form prose: comments (other raw HTML is an error) and definitions. */
const DROPPED = new Set(['html', 'definition', 'footnoteDefinition']);

/** Cell and quiz ids in use, with the line that claimed each, so a clash can point at the first. */
type CellIds = Map<string, number>;

/** What a fence needs to know about where it is. */
interface FenceContext {
  lines: string[];
  report: Report;
  ids: CellIds;
  exercises: ExerciseCollector;
  heading: HeadingContext;
  nextCellId(): string;
  nextQuizId(): string;
}

/**
 * Splits the Markdown body (front matter removed) into intro blocks and `##` sections, turning
 * top-level fences into cells or listings and every run of other nodes into one prose block.
 * @param lines the lesson file split into lines, for reading fence info strings with their columns
 */
export function buildBody(nodes: RootContent[], lines: string[], report: Report): LessonBody {
  const anchors = new Anchors();
  const ids: CellIds = new Map();
  const intro: Block[] = [];
  const sections: Section[] = [];
  let blocks = intro;
  let sectionId = 'intro';
  let cellCount = 0;
  let quizCount = 0;
  let heading: HeadingContext = { title: '', anchor: '', section: 'intro' };
  const exercises = new ExerciseCollector(report);
  let prose: RootContent[] = [];
  let seenContent = false;

  // Link and footnote definitions may sit far from their use (often at the end of the file), in
  // another prose block: every block is rendered with all of them, and none renders on its own.
  const definitions = nodes.filter((node) => node.type === 'definition' || node.type === 'footnoteDefinition');
  const flush = () => {
    const kept = prose.filter((node) => !DROPPED.has(node.type));
    const html = kept.length > 0 ? renderProse([...kept, ...definitions]) : '';
    if (html !== '') blocks.push({ kind: 'prose', html });
    prose = [];
  };

  for (const node of nodes) {
    const line = node.position?.start.line ?? 1;
    const isTitle = node.type === 'heading' && node.depth === 1 && !seenContent;
    if (node.type !== 'html') seenContent = true;
    if (node.type === 'heading' && node.depth <= 2) {
      if (node.depth === 1) {
        anchors.any(plainText(node), line); // GitHub gives the title an anchor too, so repeats get `-1`
        if (!isTitle) {
          report(line, 1, "only the first line of the lesson may be a '# title'; use '##' for sections and '###' for sub-headings");
        }
        continue;
      }
      flush();
      const section = startSection(node, anchors, report);
      sections.push(section);
      [blocks, sectionId, cellCount, quizCount] = [section.blocks, section.id, 0, 0];
      heading = { title: section.title, anchor: section.id, section: section.id };
      continue;
    }
    visit(node, 'heading', (h: Heading) => {
      const id = anchors.any(plainText(h), h.position?.start.line ?? line);
      setHeadingId(h, id);
      if (h === node) heading = { title: plainText(h).trim(), anchor: id, section: sectionId };
    });
    if (node.type !== 'code') {
      prose.push(node);
      continue;
    }
    flush();
    const block = codeBlock(node, {
      lines,
      report,
      ids,
      exercises,
      heading,
      nextCellId: () => `${sectionId}-${++cellCount}`,
      nextQuizId: () => `${sectionId}-quiz-${++quizCount}`,
    });
    if (block) blocks.push(block);
  }
  flush();
  exercises.finish([intro, ...sections.map((s) => s.blocks)], ids);
  return { intro, sections };
}

function startSection(node: Heading, anchors: Anchors, report: Report): Section {
  const line = node.position?.start.line ?? 1;
  const title = plainText(node).trim();
  if (title === '') report(line, 1, "section heading is empty; write a title after '##'");
  const { id, firstLine } = anchors.section(title, line);
  if (firstLine !== undefined) {
    report(line, 1, `section anchor '${id}' is already used by the heading on line ${firstLine}; give this section a different title`);
  }
  return { id, title, line, blocks: [] };
}

/** Claims an id for a cell or quiz; reports a clash with the block that claimed it first. */
function claimId(id: string, what: 'cell' | 'quiz', line: number, column: number, ctx: FenceContext): void {
  const first = ctx.ids.get(id);
  if (first === undefined) ctx.ids.set(id, line);
  else ctx.report(line, column, `duplicate ${what} id '${id}'; the ${what === 'cell' ? 'cell' : 'block'} on line ${first} already uses it; give this ${what} a different id=`);
}

function codeBlock(node: Code, ctx: FenceContext): Block | undefined {
  const { line, column } = node.position?.start ?? { line: 1, column: 1 };
  const { report } = ctx;
  const spec: FenceSpec = parseInfoString(ctx.lines[line - 1] ?? '', line, column, report);
  switch (spec.kind) {
    case 'listing':
      return { kind: 'listing', lang: spec.lang, source: node.value, line };
    case 'invalid':
      return undefined;
    case 'hint':
      if (node.value.trim() === '') report(line, column, 'hint is empty; write the hint or remove the block');
      ctx.exercises.hint(spec.exercise, spec.exerciseColumn, renderFragment(node.value, line + 1, report), line);
      return undefined;
    case 'exercise-code': {
      if (node.value.trim() === '') report(line, column, `${spec.role} cell is empty; write its code or remove the block`);
      const { lang, timeout, role, exercise, exerciseColumn } = spec;
      ctx.exercises.code(exercise, exerciseColumn, role, { lang, source: node.value, line, ...(timeout !== undefined && { timeout }) });
      return undefined;
    }
    case 'quiz': {
      const id = spec.id ?? ctx.nextQuizId();
      claimId(id, 'quiz', line, spec.idColumn ?? column, ctx);
      const quiz = parseQuiz(node.value, line + 1, line, { id, multiple: spec.multiple, ...ctx.heading }, report);
      return quiz && { kind: 'quiz', quiz };
    }
  }
  // Explicitly named cells count too, so adding an id= to one cell never renumbers the next.
  const derived = ctx.nextCellId();
  const id = spec.id ?? derived;
  claimId(id, 'cell', line, spec.idColumn ?? column, ctx);
  if (node.value.trim() === '') report(line, column, 'cell is empty; write some code or remove the block');
  const cell: Cell = { kind: 'cell', id, lang: spec.lang, source: node.value, options: spec.options, line };
  if (spec.exercise) {
    cell.exercise = spec.exercise.id;
    ctx.exercises.starter(cell, spec.exercise.column, spec.exercise.passes, ctx.heading);
  }
  return cell;
}
