/**
 * Finding and rewriting fenced blocks in lesson text by line, without a Markdown parser: the
 * parser already told us (`SourceFence.line`) where each top-level fence opens.
 */

/** A fenced block's place in the file's lines (0-based indexes). */
export interface FenceExtent {
  /** Index of the opening fence line. */
  open: number;
  /** Index of the closing fence line. */
  close: number;
  /** The fence run (three or more backticks or tildes). */
  run: string;
  /** What follows the run on the opening line: the info string. */
  info: string;
}

const OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/**
 * Where the fence opening on `line` (1-based) ends. The parser reports unclosed fences as errors,
 * so a parsed lesson always has the closing line; a missing one means the text and the fence
 * list disagree.
 * @throws Error when `line` does not open a fence or it is never closed
 */
export function fenceExtent(lines: readonly string[], line: number): FenceExtent {
  const open = line - 1;
  const m = OPEN.exec(lines[open] ?? '');
  if (!m) throw new Error(`line ${line} does not open a code fence`);
  const run = m[2];
  const close = new RegExp(`^ {0,3}${run[0] === '`' ? '`' : '~'}{${run.length},}\\s*$`);
  for (let i = open + 1; i < lines.length; i++) {
    if (close.test(lines[i])) return { open, close: i, run, info: m[3] };
  }
  throw new Error(`the code fence on line ${line} is never closed`);
}

/**
 * A fence run long enough to wrap `body`: Markdown ends a fence at the first line with a run of
 * the same character at least as long, so a body holding ``` needs ```` around it.
 */
export function fenceFor(body: string, preferred: string): string {
  const char = preferred[0];
  let longest = 0;
  for (const line of body.split('\n')) {
    const m = new RegExp(`^ {0,3}(\\${char}{3,})`).exec(line);
    if (m) longest = Math.max(longest, m[1].length);
  }
  return longest >= preferred.length ? char.repeat(longest + 1) : preferred;
}
