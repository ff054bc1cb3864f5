import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';

type Tree = Record<string, unknown>;

/** Every leaf of a dictionary as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? leaves(v as Tree, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

/** What a student would read: strings as they are, functions called with sample arguments. */
function rendered(value: unknown): unknown {
  if (typeof value !== 'function') return value;
  const args = Array.from({ length: value.length }, (_, i) => (i % 2 === 0 ? 3 : 'x'));
  // Every message function takes numbers or strings; try numbers then strings.
  try {
    return value(...args);
  } catch {
    return value(...args.map(String));
  }
}

describe('interface dictionaries', () => {
  const koLeaves = new Map(leaves(ko as unknown as Tree));
  const enLeaves = new Map(leaves(en as unknown as Tree));

  it('Korean and English have exactly the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...koLeaves.keys()].sort());
  });

  it('a message is a string in one language only if it is a string in the other, with the same parameters', () => {
    for (const [key, k] of koLeaves) {
      const e = enLeaves.get(key);
      expect(typeof e, key).toBe(typeof k);
      if (typeof k === 'function' && typeof e === 'function') expect(e.length, key).toBe(k.length);
    }
  });

  it('no message is empty in either language', () => {
    for (const [lang, map] of [['ko', koLeaves], ['en', enLeaves]] as const) {
      for (const [key, value] of map) {
        const text = rendered(value);
        expect(typeof text, `${lang}.${key}`).toBe('string');
        expect((text as string).trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('the English interface contains no Hangul', () => {
    const hangul = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
    for (const [key, value] of enLeaves) {
      expect(String(rendered(value)), `en.${key}`).not.toMatch(hangul);
    }
  });
});
