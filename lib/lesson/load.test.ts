import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-'));
vi.mock('./dirs', () => ({ lessonRoots: () => [root, path.join(root, 'does-not-exist')] }));

const { clearLessonCache, dataFileSize, getLesson, lessonDir, loadLessons } = await import('./load');
const { findLessonFolders } = await import('./discover');

const lesson = (title: string, extra = '') =>
  `---\ntitle: ${title}\nsummary: s\nlanguage: ko\n${extra}---\n\n## 준비\n\n\`\`\`sql\nSELECT 1\n\`\`\`\n`;

function write(relative: string, text: string): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

beforeEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
  write('10-later/index.md', lesson('Later'));
  write('2-second/index.md', lesson('Second'));
  write('01-first/index.md', lesson('First', 'data:\n  - sales_raw.csv\n'));
  write('01-first/sales_raw.csv', 'id,amount\n1,10\n');
  write('assets/logo.txt', 'not a lesson folder');
  write('README.md', '# not a lesson');
  clearLessonCache();
  vi.unstubAllEnvs();
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('loadLessons', () => {
  it('reads lesson folders in numeric order and skips other entries', () => {
    const lessons = loadLessons();
    expect(lessons.map((l) => [l.order, l.slug, l.title])).toEqual([
      [1, 'first', 'First'],
      [2, 'second', 'Second'],
      [10, 'later', 'Later'],
    ]);
    expect(lessons[0].data).toEqual([{ file: 'sales_raw.csv', size: 15 }]);
    expect(lessons[0].path).toBe(path.relative(process.cwd(), path.join(root, '01-first/index.md')));
  });

  it('throws one error listing every issue of every lesson', () => {
    write('2-second/index.md', lesson('Second').replace('```sql', '```sql hiden'));
    write('03-third/index.md', lesson('Third', 'data:\n  - nope.csv\n'));
    write('04-empty/.keep', '');
    write('5_bad/index.md', lesson('Bad'));
    expect(() => loadLessons()).toThrowError(
      new RegExp(
        [
          '4 lesson issues:',
          ".*04-empty/index.md:1:1: lesson folder '04-empty' has no index.md.*",
          ".*5_bad/index.md:1:1: lesson folder '5_bad' must be named NN-slug.*",
          ".*2-second/index.md:9:8: unknown cell option 'hiden'.*",
          ".*03-third/index.md:6:5: data file 'nope.csv' not found in .*03-third/; .*",
        ].join('\\n'),
      ),
    );
  });

  it('caches in production and re-reads in development', () => {
    expect(getLesson('first').title).toBe('First');
    write('01-first/index.md', lesson('Edited'));
    expect(getLesson('first').title).toBe('First');
    vi.stubEnv('NODE_ENV', 'development');
    expect(getLesson('first').title).toBe('Edited');
  });

  it('finds lessons and their folders by slug', () => {
    expect(getLesson('second').order).toBe(2);
    expect(lessonDir('first')).toBe(path.join(root, '01-first'));
    expect(() => getLesson('nope')).toThrowError("no lesson with slug 'nope'; known: first, second, later");
    expect(() => lessonDir('nope')).toThrowError("no lesson with slug 'nope'");
  });
});

describe('findLessonFolders', () => {
  it('reports a slug used by two folders', () => {
    write('11-first/index.md', lesson('Again'));
    const { issues } = findLessonFolders([root]);
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/^lesson slug 'first' is also used by .*01-first\/index.md; rename one folder$/)]);
  });
});

describe('dataFileSize', () => {
  it('matches file names exactly, including case', () => {
    const dir = path.join(root, '01-first');
    expect(dataFileSize(dir, 'sales_raw.csv')).toBe(15);
    expect(dataFileSize(dir, 'Sales_raw.csv')).toBeUndefined();
    expect(dataFileSize(dir, 'missing.csv')).toBeUndefined();
    expect(dataFileSize(root, '01-first')).toBeUndefined(); // a folder is not a data file
  });
});
