import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { unclosedFence } from './fence';

function firstCode(text: string): Code {
  let found: Code | undefined;
  visit(unified().use(remarkParse).parse(text), 'code', (node: Code) => {
    found ??= node;
  });
  if (!found) throw new Error('no code node');
  return found;
}

const check = (text: string) => unclosedFence(firstCode(text), text);

describe('unclosedFence', () => {
  it.each([
    ['closed', '```ts\nx\n```\n'],
    ['closed, no final newline', '```ts\nx\n```'],
    ['closed by a longer fence', '```ts\nx\n`````\n'],
    ['closed, text follows', '```ts\nx\n```\n\nmore\n'],
    ['tilde fence', '~~~\nx\n~~~\n'],
    ['inside a quote', '> ```ts\n> x\n> ```\n'],
    ['inside a list', '- a\n\n  ```ts\n  x\n  ```\n'],
    ['indented code block', '    code\n'],
  ])('accepts %s', (_name, text) => {
    expect(check(text)).toBeUndefined();
  });

  it.each([
    ['no closing line', '```ts\nx\n', '```'],
    ['nothing after the opening', '```ts', '```'],
    ['a shorter closing fence', '````ts\nx\n```\n', '````'],
    ['a closing fence of the other kind', '~~~ts\nx\n```\n', '~~~'],
    ['unclosed in a trailing quote', '> ```ts\n> x\n', '```'],
  ])('reports %s', (_name, text, fence) => {
    expect(check(text)).toBe(fence);
  });
});
