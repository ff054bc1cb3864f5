import { createHighlighter, type Highlighter } from 'shiki';

/** Languages highlighted at build time; anything else renders as plain text. */
const LANGS = ['typescript', 'sql', 'python', 'bash', 'json', 'yaml', 'javascript'] as const;
const ALIASES: Record<string, string> = { ts: 'typescript', js: 'javascript', sh: 'bash', shell: 'bash', yml: 'yaml' };

let highlighter: Promise<Highlighter> | undefined;

/**
 * Highlights code to HTML at build time (never in the browser), with the VS Code light theme so
 * a cell's placeholder looks like the Monaco editor that replaces it.
 */
export async function highlight(code: string, lang: string): Promise<string> {
  highlighter ??= createHighlighter({ themes: ['light-plus'], langs: [...LANGS] });
  const h = await highlighter;
  const id = ALIASES[lang] ?? lang;
  const known = (LANGS as readonly string[]).includes(id);
  return h.codeToHtml(code, { lang: known ? id : 'text', theme: 'light-plus' });
}
