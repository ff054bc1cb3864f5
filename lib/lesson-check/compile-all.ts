/**
 * Compiles every piece of TypeScript a lesson holds: cells (norun ones too, which the run skips),
 * exercise solutions, checks and hidden-data code. Compile errors are reported at their line in the
 * lesson file, without running anything.
 */
import type { CompileResult } from '@/lib/compile/types';
import { checkCellCode } from '@/lib/exercise/check-code';
import type { Block, Lesson } from '@/lib/lesson/types';
import type { RunIssue } from './types';

type Compile = (source: string, id: string) => Promise<CompileResult>;

interface Piece {
  id: string;
  /** Line of the opening fence: the code starts on the next line. */
  line: number;
  source: string;
  /** Characters the wrapper adds in front of the first line. */
  shift: number;
  what: string;
}

function pieces(blocks: Block[]): Piece[] {
  const out: Piece[] = [];
  for (const b of blocks) {
    if (b.kind === 'cell' && b.lang === 'ts') out.push({ id: b.id, line: b.line, source: b.source, shift: 0, what: `cell '${b.id}'` });
    if (b.kind !== 'exercise') continue;
    const ex = b.exercise;
    const ts = <T extends { lang: string }>(list: T[]) => list.map((c, i) => [c, i] as const).filter(([c]) => c.lang === 'ts');
    for (const [s, i] of ts(ex.solutions)) out.push({ id: `${ex.id}--solution-${i + 1}`, line: s.line, source: s.source, shift: 0, what: `the solution of exercise '${ex.id}'` });
    for (const [h, i] of ts(ex.hiddenData)) out.push({ id: `${ex.id}--hidden-${i + 1}`, line: h.line, source: h.source, shift: 0, what: `the hidden data of exercise '${ex.id}'` });
    ex.checks.forEach((c, i) => {
      const source = checkCellCode(c.source, i === 0);
      out.push({ id: `${ex.id}--check-${i + 1}`, line: c.line, source, shift: source.indexOf(c.source), what: `a check of exercise '${ex.id}'` });
    });
  }
  return out;
}

/** Compiles all TypeScript of the lesson; one issue per compile error. */
export async function compileAll(lesson: Lesson, compile: Compile): Promise<RunIssue[]> {
  const all = pieces([...lesson.intro, ...lesson.sections.flatMap((s) => s.blocks)]);
  const issues: RunIssue[] = [];
  for (const p of all) {
    const result = await compile(p.source, p.id);
    if (result.ok) continue;
    for (const e of result.errors) {
      issues.push({ line: p.line + e.line, column: e.line === 1 ? Math.max(1, e.column - p.shift) : e.column, message: `${p.what} does not compile: ${e.message}` });
    }
  }
  return issues;
}
