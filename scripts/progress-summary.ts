/**
 * Instructor CLI: `npm run progress:summary -- <exported progress files...>`.
 * Reads the JSON files students export from the course index and prints, per lesson, one line per
 * student: each exercise and quiz as ✓ (solved), … (attempted) or · (not started), with attempts,
 * hints used and viewed solutions. Files that are not exports are named on stderr (exit 1).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseExport, type ExportedActivity, type ProgressExport } from '../lib/progress/export';

/** Terminal columns of a string: Hangul and other wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** One activity in a cell of the table: `✓ 3 tries 1 hint`. */
export function activityCell(a: ExportedActivity): string {
  const mark = a.status === 'solved' ? '✓' : a.status === 'attempted' ? '…' : '·';
  const parts = [mark];
  if (a.attempts > 0) parts.push(`${a.attempts} ${a.attempts === 1 ? 'try' : 'tries'}`);
  if (a.hintsUsed > 0) parts.push(`${a.hintsUsed} hint${a.hintsUsed === 1 ? '' : 's'}`);
  if (a.solutionViewed) parts.push('solution seen');
  return parts.join(' ');
}

/** The summary text for parsed exports (named by file). */
export function summarize(files: { name: string; data: ProgressExport }[]): string {
  const out: string[] = [];
  const slugs = [...new Set(files.flatMap((f) => f.data.lessons.map((l) => l.slug)))];
  for (const slug of slugs) {
    const lessons = files.map((f) => ({ file: f, lesson: f.data.lessons.find((l) => l.slug === slug) }));
    const first = lessons.find((l) => l.lesson)!.lesson!;
    if (first.activities.length === 0) continue;
    const ids = first.activities.map((a) => a.id);
    const rows = lessons
      .filter((l) => l.lesson)
      .map(({ file, lesson }) => {
        const cells = ids.map((id) => {
          const a = lesson!.activities.find((x) => x.id === id);
          return a ? activityCell(a) : '-';
        });
        const solved = lesson!.activities.filter((a) => a.status === 'solved').length;
        return [file.data.student ?? file.name, ...cells, `${solved}/${ids.length}`];
      });
    const header = ['student', ...ids, 'solved'];
    const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
    out.push(`${first.title} (${slug})`);
    for (const r of [header, ...rows]) out.push(`  ${r.map((c, i) => pad(c, widths[i])).join('  ').trimEnd()}`);
    out.push('');
  }
  out.push(`${files.length} file${files.length === 1 ? '' : 's'} read`);
  return out.join('\n');
}

function main(args: string[]): number {
  if (args.length === 0 || args.includes('--help')) {
    console.log('usage: npm run progress:summary -- <de-notebook-progress-*.json ...>');
    return args.length === 0 ? 2 : 0;
  }
  const files: { name: string; data: ProgressExport }[] = [];
  let bad = 0;
  for (const file of args) {
    try {
      files.push({ name: path.basename(file), data: parseExport(fs.readFileSync(file, 'utf8')) });
    } catch (e) {
      bad++;
      console.error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  console.log(summarize(files));
  return bad > 0 ? 1 : 0;
}

if (process.argv[1]?.endsWith('progress-summary.ts')) process.exit(main(process.argv.slice(2)));
