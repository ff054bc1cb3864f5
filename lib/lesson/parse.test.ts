/**
 * Fixture tests: `__fixtures__/valid/x.md` must parse to `x.json`, `__fixtures__/invalid/x.md` must
 * report exactly the lines of `x.errors.txt`. Run with UPDATE_FIXTURES=1 to rewrite the expected
 * files, then review the diff by eye before committing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson, type ParseContext } from './parse';
import { formatIssue } from './types';

const FIXTURES = path.join(__dirname, '__fixtures__');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

/** Data files the fixtures may reference, with made-up sizes: the parser never touches the disk. */
const DATA_FILES: Record<string, number> = {
  'sales_raw.csv': 1684,
  'customers.csv': 507,
  'data/orders.parquet': 4096,
};

function context(name: string): ParseContext {
  return {
    file: `lessons/01-${name}/index.md`,
    slug: name,
    order: 1,
    dataFileSize: (file) => DATA_FILES[file],
  };
}

function fixtures(kind: 'valid' | 'invalid'): string[] {
  return fs
    .readdirSync(path.join(FIXTURES, kind))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** Compares with the expected file, or writes it in update mode. */
function expectFile(file: string, actual: string): void {
  if (UPDATE) fs.writeFileSync(file, actual);
  expect(fs.existsSync(file), `${path.basename(file)} is missing; run with UPDATE_FIXTURES=1`).toBe(true);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

describe('valid lessons', () => {
  it.each(fixtures('valid'))('%s', (name) => {
    const text = fs.readFileSync(path.join(FIXTURES, 'valid', `${name}.md`), 'utf8');
    const { lesson, issues } = parseLesson(text, context(name));
    expect(issues.map(formatIssue)).toEqual([]);
    expectFile(path.join(FIXTURES, 'valid', `${name}.json`), `${JSON.stringify(lesson, null, 2)}\n`);
  });
});

describe('invalid lessons', () => {
  it.each(fixtures('invalid'))('%s', (name) => {
    const text = fs.readFileSync(path.join(FIXTURES, 'invalid', `${name}.md`), 'utf8');
    const { lesson, issues } = parseLesson(text, context(name));
    expect(lesson).toBeUndefined();
    expect(issues.length).toBeGreaterThan(0);
    expectFile(path.join(FIXTURES, 'invalid', `${name}.errors.txt`), `${issues.map(formatIssue).join('\n')}\n`);
  });
});

describe('parseLesson', () => {
  it('reads CRLF files and a byte-order mark with the same positions', () => {
    const text = '\uFEFF---\r\ntitle: x\r\nsummary: y\r\nlanguage: en\r\n---\r\n\r\n## A\r\n\r\n```ts hiden\r\nx\r\n```\r\n';
    const { issues } = parseLesson(text, context('crlf'));
    expect(issues.map(formatIssue)).toEqual([
      "lessons/01-crlf/index.md:9:7: unknown cell option 'hiden'; allowed: id=, hidden, readonly, norun, name=, timeout=, static, exercise=",
    ]);
  });

  it('counts runnable cells per section, including explicitly named ones', () => {
    const text = '---\ntitle: x\nsummary: y\nlanguage: en\n---\n## A\n```ts id=a\n1\n```\n```sql\n2\n```\n## B\n```ts\n3\n```\n';
    const { lesson } = parseLesson(text, context('ids'));
    const ids = lesson?.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'cell' ? [b.id] : [])));
    expect(ids).toEqual(['a', 'a-2', 'b-1']);
  });
});
