/**
 * A quiz body for readers outside the site: the question and the answers as an unticked task
 * list, without the answer key and the explanations (the site marks answers and explains them).
 */

const ANSWER = /^(\s*)[-*+] \[[ xX]\]\s?(.*)$/;

/**
 * The quiz body (the lines inside its fence) as plain Markdown.
 * @param body lines between the quiz's fences
 */
export function quizAsMarkdown(body: readonly string[]): string {
  const out: string[] = [];
  let answerIndent: number | undefined;
  for (const line of body) {
    const answer = ANSWER.exec(line);
    if (answer) {
      answerIndent = answer[1].length;
      out.push(`${answer[1]}- [ ] ${answer[2]}`);
      continue;
    }
    const indent = /^\s*/.exec(line)![0].length;
    // An explanation: blank or indented deeper than its answer, until text at the answer's level.
    if (answerIndent !== undefined && (line.trim() === '' || indent > answerIndent)) continue;
    answerIndent = undefined;
    out.push(line);
  }
  return out.join('\n').trim();
}
