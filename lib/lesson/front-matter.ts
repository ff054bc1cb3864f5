import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { yamlLocator, type YamlLocator, type YamlPath } from './locate';
import type { Report } from './report';
import { ALLOWED_KEYS, frontMatterSchema, type FrontMatter } from './schema';

export interface FrontMatterResult {
  /** Present only when the front matter is valid. */
  frontMatter?: FrontMatter;
  locate: YamlLocator;
}

/** `objectives[1].section` */
export function formatPath(path: YamlPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: "a list of '- item' lines",
  object: "a mapping of 'key: value' lines",
};

/** Generic zod messages rewritten as "what to write" for people who do not read zod. */
function errorMap(issue: { code: string; expected?: unknown; input?: unknown }): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  const wanted = TYPE_NAMES[String(issue.expected)] ?? String(issue.expected);
  if (issue.input === null) return `has no value; write ${wanted} after the colon`;
  // YAML reads `title: 2024` or `title: yes` as a number or boolean, which surprises everyone once.
  const quote = issue.expected === 'string' ? ' (put it in quotes if it looks like a number, a date or yes/no)' : '';
  return `must be ${wanted}${quote}`;
}

function allowedKeys(path: YamlPath): string[] {
  if (path.length === 0) return ALLOWED_KEYS.root;
  if (path[0] === 'credit') return ALLOWED_KEYS.credit;
  return path[0] === 'objectives' ? ALLOWED_KEYS.objective : ALLOWED_KEYS.data;
}

function reportSchemaIssue(issue: z.core.$ZodIssue, locate: YamlLocator, report: Report): void {
  const path = issue.path as YamlPath;
  if (issue.code === 'unrecognized_keys') {
    const scope = path.length === 0 ? '' : ` in ${formatPath(path)}`;
    for (const key of issue.keys) {
      const { line, column } = locate.key(path, key);
      const what = path.length === 0 ? 'front matter key' : 'key';
      report(line, column, `unknown ${what} '${key}'${scope}; allowed: ${allowedKeys(path).join(', ')}`);
    }
    return;
  }
  const { line, column } = locate.at(path);
  if (!locate.has(path) && path.length > 0) {
    const name = String(path[path.length - 1]);
    const parent = path.length === 1 ? 'front matter' : `'${formatPath(path.slice(0, -1))}'`;
    report(line, column, `${parent} is missing '${name}'; add a line '${name}: ...'`);
    return;
  }
  const subject = path.length === 0 ? 'front matter' : `front matter '${formatPath(path)}'`;
  report(line, column, `${subject} ${issue.message}`);
}

/**
 * Parses and validates the YAML front matter.
 * @param yaml the text between the `---` lines, or undefined when the file has none
 * @param firstLine file line where that text starts
 */
export function parseFrontMatter(yaml: string | undefined, firstLine: number, report: Report): FrontMatterResult {
  const counter = new LineCounter();
  const doc = parseDocument(yaml ?? '', { lineCounter: counter, prettyErrors: false });
  const locate = yamlLocator(doc, counter, firstLine);
  if (yaml === undefined) {
    report(1, 1, "missing front matter; start the file with a '---' line, then title:, summary: and language: lines, then '---'");
    return { locate };
  }
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, column } = locate.offset(error.pos[0]);
      report(line, column, `front matter is not valid YAML: ${error.message.split('\n')[0]}; fix the YAML syntax`);
    }
    return { locate };
  }
  const parsed = frontMatterSchema.safeParse(doc.toJS() ?? {}, { error: errorMap });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) reportSchemaIssue(issue, locate, report);
    return { locate };
  }
  return { frontMatter: parsed.data, locate };
}
