import { createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki';

/** shiki's HTML tree types (hast), as its transformer hooks hand them over. */
type Element = Parameters<NonNullable<ShikiTransformer['pre']>>[0];
type ElementContent = Element['children'][number];

/** Languages highlighted at build time; anything else renders as plain text. */
const LANGS = ['typescript', 'sql', 'python', 'bash', 'json', 'yaml', 'javascript'] as const;
const ALIASES: Record<string, string> = { ts: 'typescript', js: 'javascript', sh: 'bash', shell: 'bash', yml: 'yaml' };

let highlighter: Promise<Highlighter> | undefined;

/**
 * The token colours one page uses, as CSS classes. shiki writes each token's two colours as an
 * inline style (`color:#795E26;--shiki-dark:#DCDCAA`), and a lesson page carries its code twice,
 * as HTML and again in the RSC payload React hydrates from: on lesson 01 that was 12,000 styles
 * and 1.49 MB of HTML. A class per colour pair, declared once in the page's `<style>`, says
 * the same in a fraction of the bytes, and tokens in the code's default colour need no element.
 */
export class TokenPalette {
  private readonly rules = new Map<string, string>();

  /** The class for a token's inline style (the same style gets the same class on every page). */
  classFor(style: string): string {
    const name = `k${fnv1a(style).toString(36)}`;
    const known = this.rules.get(name);
    if (known !== undefined && known !== style) throw new Error(`highlight: token classes collide: "${known}" and "${style}"`);
    this.rules.set(name, style);
    return name;
  }

  /** The stylesheet declaring every class handed out, for a `<style>` element on the page. */
  css(): string {
    return [...this.rules].map(([name, style]) => `.shiki .${name}{${style}}`).join('\n');
  }
}

/** 32-bit FNV-1a: short, stable class names (a collision is caught by `classFor`). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** `color:…;--shiki-dark:…` of the `pre`: what a token without an element of its own inherits. */
function defaultTokenStyle(pre: Element): string | undefined {
  const style = String(pre.properties.style ?? '');
  const light = /(?:^|;)color:([^;]+)/.exec(style)?.[1];
  const dark = /--shiki-dark:([^;]+)/.exec(style)?.[1];
  return light && dark ? `color:${light};--shiki-dark:${dark}` : undefined;
}

/** Token spans become classes from `palette`; those in the default colour become bare text. */
function compactTokens(palette: TokenPalette): ShikiTransformer {
  return {
    name: 'de-notebook:compact-tokens',
    pre(pre) {
      const fallback = defaultTokenStyle(pre);
      const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      for (const line of code?.children ?? []) {
        if (line.type !== 'element') continue;
        line.children = line.children.flatMap((token): ElementContent[] => {
          const style = token.type === 'element' ? token.properties.style : undefined;
          if (token.type !== 'element' || typeof style !== 'string') return [token];
          if (style === fallback) return token.children;
          token.properties = { ...token.properties, style: undefined, className: [palette.classFor(style)] };
          return [token];
        });
      }
    },
  };
}

/**
 * Highlights code to HTML at build time (never in the browser) in VS Code's light and dark themes
 * at once (dark colours as `--shiki-dark` CSS variables, applied by app/theme.css), so a cell's
 * placeholder looks like the Monaco editor that replaces it in either page theme. Token colours
 * go into `palette`, whose `css()` the page must include.
 */
export async function highlight(code: string, lang: string, palette: TokenPalette): Promise<string> {
  highlighter ??= createHighlighter({ themes: ['light-plus', 'dark-plus'], langs: [...LANGS] });
  const h = await highlighter;
  const id = ALIASES[lang] ?? lang;
  const known = (LANGS as readonly string[]).includes(id);
  return h.codeToHtml(code, {
    lang: known ? id : 'text',
    themes: { light: 'light-plus', dark: 'dark-plus' },
    defaultColor: 'light',
    transformers: [compactTokens(palette)],
  });
}
