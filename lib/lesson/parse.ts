import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildBody, type LessonBody } from './blocks';
import { parseFrontMatter } from './front-matter';
import type { YamlLocator } from './locate';
import { createIssueCollector, type Report } from './report';
import type { FrontMatter } from './schema';
import { checkTree } from './tree-checks';
import type { DataFile, Lesson, LessonIssue } from './types';

/** What the parser needs to know about the file besides its text; no disk access, so tests stay pure. */
export interface ParseContext {
  /** Repo-relative path used in messages, e.g. `lessons/01-intro/index.md`. */
  file: string;
  slug: string;
  order: number;
  /** Size in bytes of a file in the lesson folder, or undefined when it does not exist. */
  dataFileSize(name: string): number | undefined;
}

export interface ParseResult {
  /** Present only when there are no issues: a half-valid lesson is never rendered. */
  lesson?: Lesson;
  issues: LessonIssue[];
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * Parses one lesson file into a `Lesson`, collecting every authoring mistake with its line and column.
 * @param text the contents of `index.md`
 */
export function parseLesson(text: string, ctx: ParseContext): ParseResult {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { report, issues } = createIssueCollector(ctx.file);
  const tree = markdown.parse(source) as Root;
  const [first, ...rest] = tree.children;
  const yaml = first?.type === 'yaml' ? first : undefined;
  const body: RootContent[] = yaml ? rest : tree.children;
  const { frontMatter, locate } = parseFrontMatter(yaml?.value, (yaml?.position?.start.line ?? 1) + 1, report);

  checkTree(tree, source, report);
  const { intro, sections } = buildBody(body, source.split('\n'), report);
  if (sections.length === 0) {
    const line = body[0]?.position?.start.line ?? 1;
    report(line, 1, "the lesson has no '##' sections; add at least one '## heading', students navigate by them");
  }
  const data = frontMatter ? checkData(frontMatter, locate, ctx, report) : [];
  if (frontMatter) checkObjectives(frontMatter, { intro, sections }, locate, report);

  const found = issues();
  if (found.length > 0 || !frontMatter) return { issues: found };
  const { title, summary, language, objectives, credit, clock } = frontMatter;
  const lesson: Lesson = {
    slug: ctx.slug,
    order: ctx.order,
    path: ctx.file,
    title,
    summary,
    language,
    objectives,
    ...(credit ? { credit } : {}),
    data,
    clock,
    intro,
    sections,
  };
  return { lesson, issues: [] };
}

function lessonFolder(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? './' : file.slice(0, slash + 1);
}

function checkData(fm: FrontMatter, locate: YamlLocator, ctx: ParseContext, report: Report): DataFile[] {
  const files = new Map<string, number>();
  const tables = new Map<string, number>();
  const out: DataFile[] = [];
  fm.data.forEach((entry, i) => {
    const at = (key?: string) => locate.at(key ? ['data', i, key] : ['data', i]);
    const { line, column } = at('file');
    const size = ctx.dataFileSize(entry.file);
    if (size === undefined) {
      report(line, column, `data file '${entry.file}' not found in ${lessonFolder(ctx.file)}; add the file there or fix the name`);
    }
    const again = files.get(entry.file);
    if (again !== undefined) report(line, column, `data file '${entry.file}' is listed twice (also data[${again}]); remove one`);
    files.set(entry.file, i);
    if (entry.table) {
      const t = at('table');
      const other = tables.get(entry.table.toLowerCase());
      if (other !== undefined) report(t.line, t.column, `table '${entry.table}' is already declared by data[${other}]; pick another name`);
      tables.set(entry.table.toLowerCase(), i);
    }
    out.push({ ...entry, size: size ?? 0 });
  });
  return out;
}

function checkObjectives(fm: FrontMatter, body: LessonBody, locate: YamlLocator, report: Report): void {
  const ids = body.sections.map((s) => s.id);
  fm.objectives.forEach((objective, i) => {
    if (objective.section === undefined || ids.includes(objective.section)) return;
    const { line, column } = locate.at(['objectives', i, 'section']);
    const known = ids.length > 0 ? `: ${ids.join(', ')}` : '';
    report(line, column, `objective section '${objective.section}' is not a section of this lesson; use the id of a '##' heading${known}`);
  });
}
