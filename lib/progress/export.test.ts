import { describe, expect, it } from 'vitest';
import { buildExport, exportFileName, parseExport, type CatalogLesson } from './export';
import type { ActivityRecord } from './record';

const catalog: CatalogLesson[] = [
  {
    slug: 'intro',
    title: '개요',
    activities: [
      { kind: 'exercise', id: 'daily', title: '일일 리포트', anchor: 'a', section: 's' },
      { kind: 'quiz', id: 'modes', title: '처리 방식', anchor: 'b', section: 's' },
    ],
  },
];
const records: ActivityRecord[] = [
  { lesson: 'intro', id: 'daily', kind: 'exercise', status: 'solved', attempts: 3, hintsUsed: 1, solutionViewed: false, lastPassed: 5, lastTotal: 5, solvedAt: '2024-01-16T10:00:00Z', updatedAt: 'x' },
  { lesson: 'gone', id: 'old', kind: 'exercise', status: 'solved', attempts: 1, hintsUsed: 0, solutionViewed: false, updatedAt: 'x' },
];

describe('progress export', () => {
  it('lists every activity of the course, with the records the student has, and reads back', () => {
    const file = buildExport(catalog, records, { student: '김하늘', at: '2024-01-16T12:00:00Z' });
    expect(file.lessons[0].activities).toEqual([
      { id: 'daily', kind: 'exercise', title: '일일 리포트', status: 'solved', attempts: 3, hintsUsed: 1, solutionViewed: false, lastPassed: 5, lastTotal: 5, solvedAt: '2024-01-16T10:00:00Z' },
      { id: 'modes', kind: 'quiz', title: '처리 방식', status: 'not-started', attempts: 0, hintsUsed: 0, solutionViewed: false },
    ]);
    expect(parseExport(JSON.stringify(file))).toEqual(file);
  });

  it('rejects files that are not exports, saying why', () => {
    expect(() => parseExport('{')).toThrow('not JSON');
    expect(() => parseExport('{"format":"other"}')).toThrow(/not a de-notebook progress file \(format/);
  });

  it('names the file after the student and the day', () => {
    expect(exportFileName('2024-01-16T12:00:00Z', '김 하늘')).toBe('de-notebook-progress-김_하늘-2024-01-16.json');
    expect(exportFileName('2024-01-16T12:00:00Z')).toBe('de-notebook-progress-2024-01-16.json');
  });
});
