/**
 * Gathers the parts of each exercise as the block builder meets them (they may be spread over the
 * lesson: solutions at the end is fine), then checks each exercise is complete and places its
 * controls right after its last starter cell.
 */
import type { Exercise, ExerciseCode } from './exercise-types';
import type { ExerciseRole } from './exercise-options';
import type { Report } from './report';
import type { Block, Cell, CellLang } from './types';

/** The heading a block sits under: an exercise is named and linked after it. */
export interface HeadingContext {
  title: string;
  anchor: string;
  section: string;
}

interface Draft {
  id: string;
  /** Line and column of the first mention, for messages about the exercise as a whole. */
  line: number;
  column: number;
  context?: HeadingContext;
  starters: Cell[];
  starterPasses: boolean;
  solutions: ExerciseCode[];
  checks: ExerciseCode[];
  hiddenData: ExerciseCode[];
  hints: { html: string; line: number }[];
}

/** Collects exercise parts in document order; `finish` validates and places them. */
export class ExerciseCollector {
  private readonly drafts = new Map<string, Draft>();

  constructor(private readonly report: Report) {}

  private draft(id: string, line: number, column: number): Draft {
    let d = this.drafts.get(id);
    if (!d) {
      d = { id, line, column, starters: [], starterPasses: false, solutions: [], checks: [], hiddenData: [], hints: [] };
      this.drafts.set(id, d);
    }
    return d;
  }

  /** A starter cell (already a cell block in the flow). */
  starter(cell: Cell, column: number, passes: boolean, context: HeadingContext): void {
    const d = this.draft(cell.exercise!, cell.line, column);
    d.context ??= context;
    d.starters.push(cell);
    d.starterPasses ||= passes;
  }

  /** A solution, check or hidden-data fence. */
  code(exercise: string, column: number, role: ExerciseRole, code: ExerciseCode): void {
    const d = this.draft(exercise, code.line, column);
    const list = role === 'solution' ? d.solutions : role === 'check' ? d.checks : d.hiddenData;
    list.push(code);
  }

  /** A ```hint block, already rendered. */
  hint(exercise: string, column: number, html: string, line: number): void {
    this.draft(exercise, line, column).hints.push({ html, line });
  }

  /**
   * Reports incomplete exercises and inserts an exercise block after each complete one's last
   * starter cell. `ids` holds every cell and quiz id with its line: an exercise may not reuse one.
   */
  finish(containers: Block[][], ids: Map<string, number>): Exercise[] {
    const done: Exercise[] = [];
    for (const d of this.drafts.values()) {
      const exercise = this.validate(d, ids);
      if (!exercise) continue;
      const last = d.starters.at(-1)!;
      const container = containers.find((blocks) => blocks.includes(last))!;
      container.splice(container.indexOf(last) + 1, 0, { kind: 'exercise', exercise });
      done.push(exercise);
    }
    return done;
  }

  private validate(d: Draft, ids: Map<string, number>): Exercise | undefined {
    const problems: [number, number, string][] = [];
    const other = ids.get(d.id);
    if (other !== undefined) {
      problems.push([d.line, d.column, `exercise id '${d.id}' is already the id of the cell or quiz on line ${other}; pick another exercise=`]);
    }
    if (d.starters.length === 0) {
      problems.push([d.line, d.column, `exercise '${d.id}' has no starter cell; add a \`\`\`ts exercise=${d.id} starter (or sql) cell for the student to edit`]);
    } else {
      const first = d.starters[0];
      if (d.checks.length === 0) {
        problems.push([first.line, 1, `exercise '${d.id}' has no checks; add a \`\`\`ts exercise=${d.id} check cell that calls check(name, fn)`]);
      }
      if (d.solutions.length !== d.starters.length) {
        const at = d.solutions[d.starters.length] ?? first;
        problems.push([
          at.line,
          1,
          `exercise '${d.id}' has ${count(d.starters.length, 'starter cell')} but ${count(d.solutions.length, 'solution cell')}; give one solution per starter, in the same order`,
        ]);
      }
      d.solutions.forEach((s, i) => {
        const starter = d.starters[i];
        if (starter && starter.lang !== s.lang) {
          problems.push([s.line, 1, `solution ${i + 1} of exercise '${d.id}' is ${langName(s.lang)} but its starter cell (line ${starter.line}) is ${langName(starter.lang)}; use the same language`]);
        }
      });
    }
    for (const [line, column, message] of problems) this.report(line, column, message);
    if (problems.length > 0) return undefined;
    const context = d.context!;
    return {
      id: d.id,
      title: context.title,
      anchor: context.anchor,
      section: context.section,
      line: d.starters[0].line,
      starters: d.starters.map((c) => c.id),
      solutions: d.solutions,
      checks: d.checks,
      hiddenData: d.hiddenData,
      hints: d.hints,
      starterPasses: d.starterPasses,
    };
  }
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function langName(lang: CellLang): string {
  return lang === 'ts' ? 'TypeScript' : 'SQL';
}
