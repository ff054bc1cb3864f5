/**
 * Maps positions in a cell's compiled code back to the cell's TypeScript source.
 * Two maps are composed at lookup time: magic-string's (`scopeMap`: notebook code → esbuild JS)
 * and esbuild's (`map`: esbuild JS → TypeScript). Composing lazily keeps compilation cheap and
 * costs two binary searches per frame when an error actually happens.
 */
import {
  GREATEST_LOWER_BOUND,
  LEAST_UPPER_BOUND,
  TraceMap,
  originalPositionFor,
} from '@jridgewell/trace-mapping';
import { displayName, isCellFrame, parseFrame } from './stack';
import type { CompiledCell } from './types';

/** A position in the cell's source: 1-based line and column. */
export interface CellPosition {
  line: number;
  column: number;
}

interface Tracers {
  esbuild: TraceMap;
  scope?: TraceMap;
}

const tracers = new WeakMap<CompiledCell, Tracers>();

function tracersFor(compiled: CompiledCell): Tracers {
  let t = tracers.get(compiled);
  if (!t) {
    t = {
      esbuild: new TraceMap(compiled.map),
      scope: compiled.scopeMap ? new TraceMap(compiled.scopeMap) : undefined,
    };
    tracers.set(compiled, t);
  }
  return t;
}

/**
 * Traces a generated position (1-based line, 0-based column) through one map. Falls back to
 * the next mapped segment on the line when nothing is mapped at or before the column (e.g. a
 * position inside inserted text at the start of a line). Result: 1-based line, 0-based column.
 */
export function trace(map: TraceMap, line: number, column: number): CellPosition | undefined {
  for (const bias of [GREATEST_LOWER_BOUND, LEAST_UPPER_BOUND] as const) {
    const p = originalPositionFor(map, { line, column, bias });
    if (p.line !== null) return { line: p.line, column: p.column };
  }
  return undefined;
}

/**
 * Maps a position in esbuild's JS (1-based line, 0-based column, as acorn reports) to the
 * cell source (1-based line and column).
 */
export function jsToSource(map: string | TraceMap, line: number, column: number): CellPosition | undefined {
  const p = trace(typeof map === 'string' ? new TraceMap(map) : map, line, column);
  return p && { line: p.line, column: p.column + 1 };
}

/** Maps a position in `compiled.code` (1-based line and column, as V8 prints) to the cell. */
export function codeToSource(compiled: CompiledCell, line: number, column: number): CellPosition | undefined {
  const t = tracersFor(compiled);
  // Without a scope map, rely on the rewrite being line-preserving (columns may then drift).
  const js = t.scope ? trace(t.scope, line, column - 1) : { line: line - (compiled.lineOffset ?? 0), column: column - 1 };
  return js && jsToSource(t.esbuild, js.line, js.column);
}

/**
 * Finds the first stack frame that belongs to this cell and maps it to the cell's source.
 * Undefined when no frame of the cell is in the stack (e.g. the error came from the runtime
 * before the cell started) or the frame cannot be mapped.
 */
export function locateRuntimeError(stack: string, compiled: CompiledCell): CellPosition | undefined {
  for (const text of stack.split('\n')) {
    const frame = parseFrame(text);
    if (!frame || !isCellFrame(frame, compiled.cellId)) continue;
    const position = codeToSource(compiled, frame.line, frame.column);
    if (position) return position;
  }
  return undefined;
}

/**
 * This cell's frames of a stack trace, in cell coordinates, one per line:
 * `    at f (line 3:5)`, or `    at line 3:5` for the cell body itself. The message lines
 * (`Error: …`) are not included (the error output shows the message on its own), nor are
 * worker, runtime, native or other cells' frames. Empty when no frame belongs to the cell.
 */
export function cellStack(stack: string, compiled: CompiledCell): string {
  const frames: string[] = [];
  for (const text of stack.split('\n')) {
    const frame = parseFrame(text);
    if (!frame || !isCellFrame(frame, compiled.cellId)) continue;
    const position = codeToSource(compiled, frame.line, frame.column);
    if (!position) continue;
    const where = `line ${position.line}:${position.column}`;
    const name = displayName(frame.name);
    frames.push(name ? `    at ${name} (${where})` : `    at ${where}`);
  }
  return frames.join('\n');
}
