import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { plainText } from './headings';
import { renderProse } from './prose';
import type { Report } from './report';
import { checkTree } from './tree-checks';

const markdown = unified().use(remarkParse).use(remarkGfm);

/**
 * Renders Markdown found inside a fence (a hint, a quiz question or answer) like the lesson's own
 * prose, with the same checks: raw HTML and unclosed fences are reported at their line in the file.
 * @param firstLine file line of the fragment's first line
 * @param inline drop the paragraph around a single-paragraph result (answer labels sit in buttons)
 */
export function renderFragment(text: string, firstLine: number, report: Report, inline = false): string {
  const tree = markdown.parse(text) as Root;
  checkTree(tree, text, (line, column, message) => report(firstLine + line - 1, column, message));
  const html = renderProse(tree.children);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return inline && single && !single[1].includes('<p>') ? single[1] : html;
}

/** The plain text of a fragment's first paragraph, cut to `max` characters: a short title. */
export function fragmentTitle(text: string, max = 48): string {
  const tree = markdown.parse(text) as Root;
  const first = tree.children.find((n) => n.type === 'paragraph');
  const plain = first ? plainText(first).replace(/\s+/g, ' ').trim() : '';
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}
