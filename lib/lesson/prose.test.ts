import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { setHeadingId } from './headings';
import { renderProse } from './prose';

function render(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  return renderProse(tree.children);
}

/**
 * The parser already reports raw HTML as an error; the renderer must still be safe on its own,
 * because a lesson is HTML injected into the page.
 */
describe('renderProse is safe with hostile Markdown', () => {
  const hostile = [
    "<script>alert('xss')</script>",
    '<img src="x.png" onerror="alert(1)">',
    '<svg onload="alert(1)"></svg>',
    '<iframe src="https://evil.example"></iframe>',
    'Inline <a href="javascript:alert(2)">link</a> and <b onclick="alert(3)">bold</b>.',
    '[click](javascript:alert(1)) [upper](JAVASCRIPT:alert(1)) [entity](java&#x73;cript:alert(1))',
    '![img](javascript:alert(2)) [vb](vbscript:msgbox(1)) [data](data:text/html;base64,PHNjcmlwdD4=)',
    '<javascript:alert(3)>',
    '<div><p>text</p><style>body{display:none}</style></div>',
  ];

  it.each(hostile)('%s', (markdown) => {
    const html = render(markdown);
    expect(html).not.toMatch(/<(script|iframe|svg|style|div)/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|vbscript|data):/i);
  });

  it('keeps the text of what it strips out of links', () => {
    expect(render('[click](javascript:alert(1))')).toBe('<p><a>click</a></p>');
  });
});

describe('renderProse', () => {
  it('renders GitHub-flavoured Markdown', () => {
    expect(render('| a |\n| - |\n| 1 |')).toContain('<td>1</td>');
    expect(render('~~gone~~')).toBe('<p><del>gone</del></p>');
  });

  it('keeps heading ids exactly, without a user-content- prefix', () => {
    const tree = unified().use(remarkParse).parse('### 세부 항목');
    const heading = tree.children[0];
    if (heading.type !== 'heading') throw new Error('expected a heading');
    setHeadingId(heading, '세부-항목');
    expect(renderProse(tree.children)).toBe('<h3 id="세부-항목">세부 항목</h3>');
  });

  it('drops HTML comments', () => {
    expect(render('before\n\n<!-- note -->\n\nafter')).toBe('<p>before</p>\n<p>after</p>');
  });
});
