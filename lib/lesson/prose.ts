import type { Root, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * GitHub's sanitising schema, except that `id` and `aria-describedby` are not prefixed with
 * `user-content-`: heading anchors must equal GitHub's visible ones (`#1-데이터-엔지니어의-역할`),
 * and footnote references must keep pointing at the footnote label remark-rehype writes unprefixed.
 * Raw HTML never reaches the sanitiser (remark-rehype drops it), so every id is one we generated.
 */
const schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id' && name !== 'ariaDescribedBy'),
};

const processor = unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

/**
 * Renders consecutive Markdown nodes (the prose between two cells) to sanitised HTML.
 * Raw HTML and HTML comments are dropped, links keep only safe protocols.
 */
export function renderProse(nodes: RootContent[]): string {
  const root: Root = { type: 'root', children: nodes };
  const hast = processor.runSync(root);
  return processor.stringify(hast).trim();
}
