import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lessonSlugFilter } from '../lib/lesson/only';

const { basePath } = createRequire(import.meta.url)('./base-path.cjs') as { basePath(env: Record<string, string | undefined>): string };

describe('basePath', () => {
  it('normalises BASE_PATH to a leading slash and no trailing one, empty at the root', () => {
    expect(basePath({ BASE_PATH: '/de-notebook/' })).toBe('/de-notebook');
    expect(basePath({ BASE_PATH: 'courses/de-notebook' })).toBe('/courses/de-notebook');
    expect(basePath({ BASE_PATH: '/' })).toBe('');
    expect(basePath({})).toBe('');
  });

  it('takes NEXT_PUBLIC_BASE_PATH when BASE_PATH is not set', () => {
    expect(basePath({ NEXT_PUBLIC_BASE_PATH: '/x' })).toBe('/x');
    expect(basePath({ BASE_PATH: '/a', NEXT_PUBLIC_BASE_PATH: '/b' })).toBe('/a');
  });
});

describe('lessonSlugFilter', () => {
  it('is every lesson unless LESSONS_ONLY names some', () => {
    expect(lessonSlugFilter({})).toBeUndefined();
    expect([...lessonSlugFilter({ LESSONS_ONLY: 'fixture-basics, intro' })!]).toEqual(['fixture-basics', 'intro']);
  });
});
