/**
 * Reads a ```quiz block. The body is Markdown an instructor can read on GitHub:
 *
 *     Which way fits a daily sales report?      ← the question (any Markdown)
 *
 *     - [x] Batch                               ← an answer; [x] marks a right one
 *       The numbers are final once the day is over.   ← its explanation, indented
 *     - [ ] Streaming
 *       Nobody reads the report before morning.
 *
 * A scenario quiz numbers its scenarios (`1. ...`) and lists the answers of each under it, indented.
 */
import type { Quiz, QuizItem, QuizOption } from './exercise-types';
import { fragmentTitle, renderFragment } from './markdown-fragment';
import type { Report } from './report';

const OPTION_RE = /^(\s*)[-*+] \[( |x|X)\](?:\s+(.*))?$/;
const SCENARIO_RE = /^(\d+)[.)]\s+(.*)$/;

interface DraftOption {
  label: string;
  correct: boolean;
  indent: number;
  line: number;
  explanation: string[];
}

interface DraftItem {
  text: string[];
  line: number;
  options: DraftOption[];
}

/** Where a quiz sits and what it is called, decided by the block builder. */
export interface QuizPlace {
  id: string;
  /** The heading's text: the title when the quiz has no question of its own. */
  title: string;
  anchor: string;
  section: string;
  multiple: boolean;
}

/** Removes the common indentation of a group of lines and trims blank lines at both ends. */
function dedent(lines: string[]): string {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n').trim();
}

/** Splits the body into the question and its items (one implicit item unless scenarios are numbered). */
function draft(body: string, firstLine: number, report: Report): { prompt: string[]; items: DraftItem[] } | undefined {
  const prompt: string[] = [];
  const items: DraftItem[] = [];
  let scenarios = false;
  let ok = true;
  body.split('\n').forEach((text, i) => {
    const line = firstLine + i;
    const item = items.at(-1);
    const option = item?.options.at(-1);
    const scenario = SCENARIO_RE.exec(text);
    const answer = OPTION_RE.exec(text);
    if (scenario && (scenarios || items.length === 0)) {
      scenarios = true;
      items.push({ text: [scenario[2]], line, options: [] });
    } else if (answer) {
      if (!item) items.push({ text: [], line, options: [] });
      items.at(-1)!.options.push({ label: answer[3] ?? '', correct: answer[2] !== ' ', indent: answer[1].length, line, explanation: [] });
    } else if (text.trim() === '') {
      (option?.explanation ?? (item ? item.text : prompt)).push('');
    } else if (option && /^\s*/.exec(text)![0].length > option.indent) {
      option.explanation.push(text);
    } else if (item && scenarios && item.options.length === 0) {
      item.text.push(text);
    } else if (!item) {
      prompt.push(text);
    } else {
      ok = false;
      report(line, 1, "unexpected text in a quiz: answers start with '- [ ]' or '- [x]', and their explanation goes on the lines below, indented");
    }
  });
  return ok ? { prompt, items } : undefined;
}

function checkItem(item: DraftItem, multiple: boolean, report: Report): boolean {
  const where = item.text.length > 0 ? `scenario '${dedent(item.text).split('\n')[0]}'` : 'the question';
  const correct = item.options.filter((o) => o.correct).length;
  let ok = true;
  const fail = (line: number, message: string) => {
    ok = false;
    report(line, 1, message);
  };
  if (item.options.length < 2) fail(item.line, `${where} needs at least two answers ('- [x] right' and '- [ ] wrong')`);
  if (correct === 0) fail(item.line, `${where} has no right answer; mark it with '- [x]'`);
  if (correct > 1 && !multiple) {
    fail(item.line, `${where} has ${correct} answers marked [x]; mark one, or add 'multiple' to the fence (\`\`\`quiz multiple) when several are right`);
  }
  for (const o of item.options) {
    if (o.label.trim() === '') fail(o.line, 'this answer has no text; write it after the [ ] box');
    else if (dedent(o.explanation) === '') {
      fail(o.line, `answer '${o.label.trim()}' has no explanation; add an indented line below it saying why it is right or wrong`);
    }
  }
  return ok;
}

/**
 * Parses the body of a ```quiz fence, reporting mistakes at their line in the file.
 * @param firstLine file line of the body's first line (the line after the fence)
 */
export function parseQuiz(body: string, firstLine: number, fenceLine: number, place: QuizPlace, report: Report): Quiz | undefined {
  const drafted = draft(body, firstLine, report);
  if (!drafted) return undefined;
  const { prompt, items } = drafted;
  const question = dedent(prompt);
  if (items.length === 0) {
    report(fenceLine, 1, "the quiz has no answers; list them as '- [x] right answer' and '- [ ] wrong answer', each with an indented explanation below");
    return undefined;
  }
  const single = items.length === 1 && items[0].text.length === 0;
  if (single && question === '') report(fenceLine, 1, 'the quiz has no question; write it above the answers');
  const checked = items.map((item) => checkItem(item, place.multiple, report));
  if (checked.includes(false) || (single && question === '')) return undefined;

  const promptLine = firstLine + prompt.findIndex((l) => l.trim() !== '');
  const quizItems: QuizItem[] = items.map((item, i) => ({
    id: String(i + 1),
    promptHtml: item.text.length > 0 ? renderFragment(dedent(item.text), item.line, report, true) : '',
    multiple: place.multiple,
    line: item.line,
    options: item.options.map(
      (o, j): QuizOption => ({
        id: String(j + 1),
        html: renderFragment(o.label.trim(), o.line, report, true),
        correct: o.correct,
        explanationHtml: renderFragment(dedent(o.explanation), o.line + 1, report),
        line: o.line,
      }),
    ),
  }));
  const { id, title, anchor, section } = place;
  return {
    id,
    // Several quizzes often share a heading; their questions tell them apart in the table of contents.
    title: fragmentTitle(question) || title,
    anchor,
    section,
    promptHtml: question ? renderFragment(question, promptLine, report) : '',
    items: quizItems,
    line: fenceLine,
  };
}
