import { describe, expect, it } from 'vitest';
import { groupOf, mergedOrder, rankAfter } from './order';

const r = (id: string, anchor: string | null, rank: number, createdAt = 0) => ({ id, anchor, rank, createdAt });

describe('scratch order', () => {
  it('places scratch cells after their lesson cell, unanchored ones first, orphans last', () => {
    const records = [r('s2', 'b', 2), r('s1', 'b', 1), r('top', null, 0), r('lost', 'gone', 0)];
    expect(mergedOrder(['a', 'b', 'c'], records)).toEqual(['top', 'a', 'b', 's1', 's2', 'c', 'lost']);
    expect(mergedOrder([], [r('p2', null, 1), r('p1', null, 0)])).toEqual(['p1', 'p2']);
  });

  it('ranks a new cell first, between two cells, or last, without renumbering', () => {
    const group = groupOf([r('x', 'a', 0), r('y', 'a', 1)], 'a', ['a']);
    expect(rankAfter(group, null)).toBeLessThan(0);
    expect(rankAfter(group, 'x')).toBe(0.5);
    expect(rankAfter(group, 'y')).toBe(2);
    expect(rankAfter([], null)).toBe(0);
  });

  it('breaks rank ties by creation time', () => {
    expect(groupOf([r('later', 'a', 0, 2), r('sooner', 'a', 0, 1)], 'a', ['a']).map((x) => x.id)).toEqual(['sooner', 'later']);
  });
});
