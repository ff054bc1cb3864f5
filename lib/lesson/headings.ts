import GithubSlugger, { slug } from 'github-slugger';
import type { Heading, Nodes } from 'mdast';

/** Plain text of a heading as GitHub sees it when making its anchor (code spans keep their text). */
export function plainText(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if (node.type === 'image') return node.alt ?? '';
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
}

/**
 * Hands out heading anchors in document order exactly as GitHub does (github-slugger, `-1` suffixes
 * for repeats), remembering where each anchor came from so a clash can name the first heading.
 */
export class Anchors {
  private readonly slugger = new GithubSlugger();
  private readonly lines = new Map<string, number>();

  /** Anchor for a `###`-or-deeper heading (or the dropped `#` title): repeats get `-1`, `-2`, ... */
  any(text: string, line: number): string {
    const id = this.slugger.slug(text);
    this.lines.set(id, line);
    return id;
  }

  /**
   * Anchor for a `##` section heading. Sections must not repeat: a silent `-1` anchor would confuse
   * links and objectives, so the clash is returned for the caller to report.
   */
  section(text: string, line: number): { id: string; firstLine?: number } {
    const base = slug(text);
    const firstLine = this.lines.get(base);
    if (firstLine !== undefined) return { id: base, firstLine };
    return { id: this.any(text, line) };
  }
}

/** Sets the `id` attribute a heading renders with (kept by the sanitiser). */
export function setHeadingId(node: Heading, id: string): void {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
}
