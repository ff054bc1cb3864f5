import { createHighlighter, type Highlighter } from 'shiki';

/** Languages highlighted at build time; anything else renders as plain text. */
const LANGS = ['typescript', 'sql', 'python', 'bash', 'json', 'yaml', 'javascript'] as const;
const ALIASES: Record<string, string> = { ts: 'typescript', js: 'javascript', sh: 'bash', shell: 'bash', yml: 'yaml' };

let highlighter: Promise<Highlighter> | undefined;

/**
 * Highlights code to HTML at build time (never in the browser) in VS Code's light and dark themes
 * at once (dark colours as `--shiki-dark` CSS variables, applied by app/theme.css), so a cell's
 * placeholder looks like the Monaco editor that replaces it in either page theme.
 */
export async function highlight(code: string, lang: string): Promise<string> {
  highlighter ??= createHighlighter({ themes: ['light-plus', 'dark-plus'], langs: [...LANGS] });
  const h = await highlighter;
  const id = ALIASES[lang] ?? lang;
  const known = (LANGS as readonly string[]).includes(id);
  return h.codeToHtml(code, { lang: known ? id : 'text', themes: { light: 'light-plus', dark: 'dark-plus' }, defaultColor: 'light' });
}
