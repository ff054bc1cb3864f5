/**
 * Parses JS engine stack traces into frames and recognises the frames of one cell.
 * Formats handled (the V8 ones verified in node's V8, which Chromium shares):
 *   V8 with sourceURL:    `    at f (cell-c1.js:3:5)`, `    at cell-c1.js:3:5`, `    at new A (…)`
 *   V8 without sourceURL: `    at f (eval at run (https://…/worker.js:10:3), <anonymous>:3:5)`
 *   Firefox / Safari:     `f@cell-c1.js:3:5`, `@cell-c1.js:3:5`
 */
import { cellFileName } from './types';

/** One stack frame: the function name as printed (if any) and its 1-based position. */
export interface StackFrame {
  name?: string;
  file: string;
  line: number;
  column: number;
}

// The file part is lazy so that the trailing `:line:column` is the *last* pair on the line
// (eval frames contain the evaluating script's position before the eval'd code's own).
const V8_FRAME = /^\s*at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/;
const GECKO_FRAME = /^([^@\s]*)@(.+?):(\d+):(\d+)$/;

/** Parses one line of a stack trace; undefined when it is not a frame with a position. */
export function parseFrame(text: string): StackFrame | undefined {
  const m = V8_FRAME.exec(text) ?? GECKO_FRAME.exec(text.trim());
  if (!m) return undefined;
  return { name: m[1] || undefined, file: m[2], line: Number(m[3]), column: Number(m[4]) };
}

/**
 * Whether a frame runs code of the given cell: its file is the cell's sourceURL, or (when a
 * runtime dropped the sourceURL) it is V8's anonymous eval code, the only eval'd code a runner has.
 */
export function isCellFrame(frame: StackFrame, cellId: string): boolean {
  const name = cellFileName(cellId);
  if (frame.file === name || frame.file.endsWith(`/${name}`)) return true;
  return frame.file.startsWith('eval at ') && frame.file.endsWith('<anonymous>');
}

/**
 * The function name to show a student: no `globalThis.` qualifier (top-level declarations
 * live there), no `async ` marker, and nothing for the cell body itself (V8 calls it `eval`).
 */
export function displayName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const cleaned = name.replace(/^async /, '').replace(/\bglobalThis\./g, '');
  return cleaned === 'eval' || cleaned === '' ? undefined : cleaned;
}
