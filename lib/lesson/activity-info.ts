/**
 * Info strings of the fences that are not code: ```hint exercise=<id> and ```quiz id=<id> multiple.
 * An ```exercise fence is a likely guess at the syntax, so it gets a message that shows the real one.
 */
import { ACTIVITY_ID_RE } from './exercise-options';
import type { Report } from './report';
import type { Word } from './info-string';

/** A hint or quiz fence, read. */
export type ActivityFence =
  | { kind: 'hint'; exercise: string; exerciseColumn: number }
  | { kind: 'quiz'; id?: string; idColumn?: number; multiple: boolean };

/** Languages this module reads. */
const ACTIVITY_LANGS = ['hint', 'quiz', 'exercise'];

/**
 * Reads a ```hint, ```quiz or ```exercise fence's info string. Returns undefined for any other
 * language, `{ kind: 'invalid' }` after reporting a mistake.
 */
export function readActivityFence(
  first: Word,
  rest: Word[],
  line: number,
  report: Report,
): ActivityFence | { kind: 'invalid' } | undefined {
  const lang = first.text.toLowerCase();
  if (!ACTIVITY_LANGS.includes(lang)) return undefined;
  if (lang === 'exercise') {
    report(
      line,
      first.column,
      'there is no ```exercise block: mark the cells of an exercise with exercise=<id> and starter, solution, check or hidden-data (see "Exercises" in lessons/README.md)',
    );
    return { kind: 'invalid' };
  }
  const problems: [number, string][] = [];
  const values = new Map<string, Word>();
  let multiple = false;
  const allowed = lang === 'hint' ? 'exercise=' : 'id=, multiple';
  for (const word of rest) {
    const eq = word.text.indexOf('=');
    const key = eq < 0 ? word.text : word.text.slice(0, eq);
    const value = eq < 0 ? undefined : word.text.slice(eq + 1);
    const valued = lang === 'hint' ? key === 'exercise' : key === 'id';
    if (lang === 'quiz' && key === 'multiple' && value === undefined) {
      if (multiple) problems.push([word.column, "'multiple' is given twice; remove one"]);
      multiple = true;
    } else if (!valued || value === undefined) {
      problems.push([word.column, `unknown ${lang} option '${word.text}'; allowed: ${allowed}`]);
    } else if (values.has(key)) {
      problems.push([word.column, `${lang} option '${key}=' is given twice; remove one`]);
    } else if (!ACTIVITY_ID_RE.test(value)) {
      problems.push([word.column, `${key} '${value}' may use only letters, digits, '-' and '_', e.g. ${key}=daily-revenue`]);
    } else {
      values.set(key, { text: value, column: word.column });
    }
  }
  const exercise = values.get('exercise');
  if (lang === 'hint' && !exercise && problems.length === 0) {
    problems.push([first.column, 'a ```hint block needs exercise=<id> to say which exercise it helps with, e.g. ```hint exercise=daily-revenue']);
  }
  for (const [column, message] of problems) report(line, column, message);
  if (problems.length > 0) return { kind: 'invalid' };
  if (lang === 'hint') return { kind: 'hint', exercise: exercise!.text, exerciseColumn: exercise!.column };
  const id = values.get('id');
  return { kind: 'quiz', multiple, ...(id && { id: id.text, idColumn: id.column }) };
}
