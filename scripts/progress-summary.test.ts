import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../lib/progress/export';
import { summarize } from './progress-summary';

const catalog = [
  {
    slug: 'intro',
    title: '데이터 엔지니어링 개요',
    activities: [
      { kind: 'exercise' as const, id: 'daily-report', title: '일일 리포트', anchor: 'a', section: 's' },
      { kind: 'quiz' as const, id: 'modes', title: '처리 방식', anchor: 'b', section: 's' },
    ],
  },
];
const at = '2024-01-16T12:00:00Z';
const solved = buildExport(catalog, [
  { lesson: 'intro', id: 'daily-report', kind: 'exercise', status: 'solved', attempts: 3, hintsUsed: 1, solutionViewed: false, updatedAt: at },
  { lesson: 'intro', id: 'modes', kind: 'quiz', status: 'solved', attempts: 1, hintsUsed: 0, solutionViewed: false, updatedAt: at },
], { student: '김하늘', at });
const started = buildExport(catalog, [
  { lesson: 'intro', id: 'daily-report', kind: 'exercise', status: 'attempted', attempts: 2, hintsUsed: 3, solutionViewed: true, updatedAt: at },
], { at });

describe('progress summary', () => {
  it('prints one line per student and lesson, aligned even with Korean names', () => {
    expect(summarize([{ name: 'a.json', data: solved }, { name: 'b.json', data: started }])).toBe(
      [
        '데이터 엔지니어링 개요 (intro)',
        '  student  daily-report                     modes    solved',
        '  김하늘   ✓ 3 tries 1 hint                 ✓ 1 try  2/2',
        '  b.json   … 2 tries 3 hints solution seen  ·        0/2',
        '',
        '2 files read',
      ].join('\n'),
    );
  });

  it('reads files from the command line and names the ones that are not exports', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'progress-'));
    fs.writeFileSync(path.join(dir, 'good.json'), JSON.stringify(solved));
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"hello":1}');
    const run = spawnSync('npx', ['tsx', 'scripts/progress-summary.ts', path.join(dir, 'good.json'), path.join(dir, 'bad.json')], { encoding: 'utf8' });
    expect(run.stdout).toContain('김하늘');
    expect(run.stderr).toContain('bad.json: not a de-notebook progress file');
    expect(run.status).toBe(1);
  });
});
