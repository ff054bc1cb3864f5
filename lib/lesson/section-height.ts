/**
 * A section's estimated height in CSS pixels before the browser has laid it out. Lesson sections
 * use `content-visibility: auto`: the browser skips style, layout and paint of a section until
 * it comes near the screen (the course lesson is ~45,000 px tall, and laying all of it out delayed
 * its hydration by ~400 ms on a warm visit). Until then the section takes up this estimate, so
 * the scroll bar and the table of contents' jumps land about right; once laid out, the browser
 * remembers the real height (`auto`). Fitted on lesson 01 at the desktop width (1280 px):
 * cells exactly, prose within ~20 px a block.
 */
import type { Block, Section } from './types';

/** `##` heading, section padding, margin and border. */
const SECTION_CHROME = 110;
const CELL_CHROME = 90;
const CODE_LINE = 20;
const PROSE_PER_CHAR = 0.33;
const PROSE_PER_BLOCK = 36;
const LISTING_CHROME = 78;
const QUIZ_CHROME = 120;
const QUIZ_PER_OPTION = 44;
const EXERCISE_PANEL = 150;
/** A hidden cell shows only its collapsed toolbar. */
const HIDDEN_CELL = 60;

const lines = (source: string) => source.split('\n').length;

/** Visible characters and block elements (paragraphs, list items, headings, rows) of prose HTML. */
function proseHeight(html: string): number {
  const blocks = html.match(/<(?:p|li|h[1-6]|tr|blockquote|pre)[\s>]/g)?.length ?? 1;
  const chars = html.replace(/<[^>]*>/g, '').replace(/&[a-z#0-9]+;/gi, ' ').length;
  return Math.max(24, PROSE_PER_CHAR * chars + PROSE_PER_BLOCK * blocks - 16);
}

/** One block's estimated height, margins included. */
export function estimateBlockHeight(block: Block): number {
  switch (block.kind) {
    case 'prose':
      return proseHeight(block.html);
    case 'cell':
      return block.options.hidden ? HIDDEN_CELL : CELL_CHROME + CODE_LINE * lines(block.source);
    case 'listing':
      return LISTING_CHROME + CODE_LINE * lines(block.source);
    case 'quiz':
      return QUIZ_CHROME + block.quiz.items.reduce((h, item) => h + 60 + QUIZ_PER_OPTION * item.options.length, 0);
    case 'exercise':
      return EXERCISE_PANEL;
  }
}

/** The section's estimated height: its heading and chrome plus its blocks. */
export function estimateSectionHeight(section: Section): number {
  return Math.round(SECTION_CHROME + section.blocks.reduce((h, b) => h + estimateBlockHeight(b), 0));
}
