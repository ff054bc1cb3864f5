import type { Code, Heading, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { Anchors, plainText, setHeadingId } from './headings';
import { parseInfoString } from './info-string';
import { renderProse } from './prose';
import type { Report } from './report';
import type { Block, Cell, Section } from './types';

export interface LessonBody {
  intro: Block[];
  sections: Section[];
}

/** Top-level nodes that never form prose: comments (other raw HTML is an error) and definitions. */
const DROPPED = new Set(['html', 'definition', 'footnoteDefinition']);

/** Cell ids in use, with the line that claimed each, so a clash can point at the first cell. */
type CellIds = Map<string, number>;

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
      [blocks, sectionId, cellCount] = [section.blocks, section.id, 0];
      continue;
    }
    visit(node, 'heading', (heading: Heading) => {
      setHeadingId(heading, anchors.any(plainText(heading), heading.position?.start.line ?? line));
    });
    if (node.type !== 'code') {
      prose.push(node);
      continue;
    }
    flush();
    const block = codeBlock(node, lines, report, () => `${sectionId}-${++cellCount}`, ids);
    if (block) blocks.push(block);
  }
  flush();
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

function codeBlock(node: Code, lines: string[], report: Report, nextId: () => string, ids: CellIds): Block | undefined {
  const { line, column } = node.position?.start ?? { line: 1, column: 1 };
  const spec = parseInfoString(lines[line - 1] ?? '', line, column, report);
  if (spec.kind === 'listing') return { kind: 'listing', lang: spec.lang, source: node.value, line };
  if (spec.kind === 'invalid') return undefined;
  // Explicitly named cells count too, so adding an id= to one cell never renumbers the next.
  const derived = nextId();
  const id = spec.id ?? derived;
  const first = ids.get(id);
  if (first !== undefined) {
    report(line, spec.idColumn ?? column, `duplicate cell id '${id}'; the cell on line ${first} already uses it; give this cell a different id=`);
  } else {
    ids.set(id, line);
  }
  if (node.value.trim() === '') report(line, column, 'cell is empty; write some code or remove the block');
  const cell: Cell = { kind: 'cell', id, lang: spec.lang, source: node.value, options: spec.options, line };
  return cell;
}
