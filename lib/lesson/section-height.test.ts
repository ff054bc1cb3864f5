import { describe, expect, it } from 'vitest';
import { estimateBlockHeight, estimateSectionHeight } from './section-height';
import type { Cell, Section } from './types';

const cell = (source: string): Cell => ({ kind: 'cell', id: 'c', lang: 'ts', source, options: { hidden: false, readonly: false, norun: false }, line: 1 });

describe('section height estimate', () => {
  it('gives a cell one code line of height per source line, over its toolbar and padding', () => {
    const one = estimateBlockHeight(cell('1'));
    expect(estimateBlockHeight(cell('1\n2\n3'))).toBe(one + 40);
  });

  it('counts a hidden cell as its collapsed bar, whatever its length', () => {
    const hidden = { ...cell('1\n2\n3\n4\n5\n6\n7\n8'), options: { hidden: true, readonly: false, norun: false } };
    expect(estimateBlockHeight(hidden)).toBeLessThan(estimateBlockHeight(cell('1')));
  });

  it('grows prose with its text and with its paragraphs', () => {
    const short = estimateBlockHeight({ kind: 'prose', html: '<p>짧은 글</p>' });
    const long = estimateBlockHeight({ kind: 'prose', html: `<p>${'긴 글 '.repeat(200)}</p>` });
    const split = estimateBlockHeight({ kind: 'prose', html: `<p>${'긴 글 '.repeat(100)}</p><p>${'긴 글 '.repeat(100)}</p>` });
    expect(long).toBeGreaterThan(short + 150);
    expect(split).toBeGreaterThan(long);
  });

  it('adds up a section: its heading plus every block', () => {
    const section: Section = { id: 's', title: 'S', line: 1, blocks: [cell('a'), { kind: 'prose', html: '<p>글</p>' }] };
    const sum = estimateBlockHeight(section.blocks[0]) + estimateBlockHeight(section.blocks[1]);
    expect(estimateSectionHeight(section)).toBeGreaterThan(sum);
    expect(estimateSectionHeight(section)).toBeLessThan(sum + 200);
  });
});
