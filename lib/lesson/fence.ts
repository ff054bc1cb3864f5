import type { Code } from 'mdast';

/**
 * The opening fence run (three or more backticks or tildes) when a fenced code node was never
 * closed, else undefined. CommonMark silently runs an unclosed fence to the end of the document,
 * swallowing the rest of the lesson; we want an error instead.
 * @param node a `code` node with positions
 * @param text the whole lesson file
 */
export function unclosedFence(node: Code, text: string): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  if (text.slice(end).trim() !== '') return undefined;
  const lines = text.slice(start, end).split('\n');
  // Container prefixes (list indentation, `> ` of a quote) are stripped before matching the fences.
  const open = /^[\s>]*(`{3,}|~{3,})/.exec(lines[0]);
  if (!open) return undefined; // an indented code block has no fence to close
  const close = lines.length > 1 ? /^[\s>]*(`{3,}|~{3,})\s*$/.exec(lines[lines.length - 1]) : null;
  const closed = close && close[1][0] === open[1][0] && close[1].length >= open[1].length;
  return closed ? undefined : open[1];
}
