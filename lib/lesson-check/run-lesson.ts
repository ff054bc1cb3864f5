/**
 * Runs one lesson the way a student would, top to bottom, in the real runtime (this is loaded by
 * the production build's /lesson-check/ page in headless Chromium): every cell in order, each
 * exercise's starter then its reference solution through the Check flow, each quiz's key.
 * A cell that fails stops the run (later cells would fail for its sake); exercises' starter cells
 * may fail, that is what students start from.
 */
import { Kernel } from '@/lib/kernel/client';
import { Notebook, type NotebookAccess } from '@/lib/notebook/store';
import { checkExercise } from '@/lib/exercise/flow';
import { notebookHost } from '@/lib/exercise/notebook-host';
import { answerKey, gradeItem } from '@/lib/quiz/grade';
import type { Block, Exercise, Lesson, Quiz } from '@/lib/lesson/types';
import { toNotebookCells } from '@/components/lesson/notebook-cells';
import { compileAll } from './compile-all';
import { solutionIssues, starterIssues } from './exercise-verdict';
import type { LessonCheckRequest, LessonCheckResult, RunIssue } from './types';

/** Runs the lesson of `request`; see the module comment. */
export async function runLessonCheck(request: LessonCheckRequest): Promise<LessonCheckResult> {
  const t0 = performance.now();
  const { lesson, dataUrl } = request;
  const dataFiles = lesson.data.map((d) => ({ file: d.file, table: d.table, url: `${dataUrl}/${d.file}` }));
  const kernel = new Kernel({ slug: lesson.slug, dataFiles, clock: lesson.clock });
  kernel.start();
  try {
    const { getCompiler } = await import('@/lib/compile/client');
    const compiler = getCompiler();
    const issues = await compileAll(lesson, (source, id) => compiler.compile(source, id));
    const notebook = new Notebook(toNotebookCells(lesson), kernel);
    const blocks = [...lesson.intro, ...lesson.sections.flatMap((s) => s.blocks)];
    const run = await notebook.runExclusive((access) => runBlocks(blocks, notebook, access));
    issues.push(...(run?.issues ?? [{ line: 1, column: 1, message: 'the run was cancelled' }]));
    issues.sort((a, b) => a.line - b.line || a.column - b.column);
    const count = (kind: Block['kind']) => blocks.filter((b) => b.kind === kind).length;
    return { issues, cellsRun: run?.cellsRun ?? 0, exercises: count('exercise'), quizzes: count('quiz'), ms: Math.round(performance.now() - t0) };
  } finally {
    kernel.dispose();
  }
}

async function runBlocks(blocks: Block[], notebook: Notebook, access: NotebookAccess): Promise<{ issues: RunIssue[]; cellsRun: number }> {
  const issues: RunIssue[] = [];
  let cellsRun = 0;
  for (const [i, block] of blocks.entries()) {
    if (block.kind === 'cell') {
      if (block.options.norun) continue;
      const result = await access.runCell(block.id);
      cellsRun++;
      if (result.ok || block.exercise) continue;
      const e = result.error;
      const later = blocks.slice(i + 1).flatMap((b) => (b.kind === 'cell' && !b.options.norun ? [b.id] : b.kind === 'exercise' ? [b.exercise.id] : []));
      const rest = later.length > 0 ? ` (not run after it: ${later.slice(0, 5).join(', ')}${later.length > 5 ? ', …' : ''})` : '';
      issues.push({ line: block.line + (e?.line ?? 1), column: e?.column ?? 1, message: `cell '${block.id}' failed: ${e ? `${e.name}: ${e.message}` : 'it did not finish'}${rest}` });
      break;
    }
    if (block.kind === 'exercise') issues.push(...(await checkBothWays(block.exercise, notebook, access)));
    if (block.kind === 'quiz') issues.push(...quizIssues(block.quiz));
  }
  return { issues, cellsRun };
}

/** Checks the starter as written (some check must fail), then the solution (every check must pass). */
async function checkBothWays(exercise: Exercise, notebook: Notebook, access: NotebookAccess): Promise<RunIssue[]> {
  const host = notebookHost(notebook, access);
  const issues = starterIssues(exercise, await checkExercise(exercise, host));
  exercise.starters.forEach((id, k) => notebook.setSource(id, exercise.solutions[k].source));
  // The solution stays in place: later cells may build on the exercise's result.
  return [...issues, ...solutionIssues(exercise, await checkExercise(exercise, host))];
}

/** Answers each question with its key (must be right) and with a wrong answer (must be wrong). */
function quizIssues(quiz: Quiz): RunIssue[] {
  return quiz.items.flatMap((item) => {
    const wrong = item.options.find((o) => !o.correct);
    const keyRight = gradeItem(item, answerKey(item)).correct;
    const wrongRight = wrong ? gradeItem(item, [wrong.id]).correct : false;
    if (keyRight && !wrongRight) return [];
    return [{ line: item.line, column: 1, message: `quiz '${quiz.id}': question ${item.id} is not graded by its answer key` }];
  });
}
