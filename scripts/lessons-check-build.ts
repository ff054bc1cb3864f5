/**
 * The production build the run phase of `lessons:check` uses: `out/` as it is when it is newer than
 * every source file of the site (so `npm test`, which builds just before, never builds twice),
 * otherwise a fresh `npm run build`. Lessons themselves are not part of the check's build: the
 * check page receives each lesson as data, so editing a lesson never needs a rebuild.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The page of the build the check drives; its age is the build's age. */
export const CHECK_PAGE = 'lesson-check/index.html';

const SOURCES = ['app', 'components', 'lib', 'next.config.js', 'scripts/base-path.cjs', 'package-lock.json', 'scripts/copy-assets.mjs'];

/** Newest modification time of the site's sources (tests and fixtures excluded). */
function newestSource(root: string): number {
  let newest = 0;
  const visit = (p: string) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (name !== '__fixtures__') visit(path.join(p, name));
    } else if (!/\.test\.tsx?$/.test(p)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const s of SOURCES) visit(path.join(root, s));
  return newest;
}

/** Why `out/` cannot be used as it is, or undefined when it can. */
export function staleReason(root: string, outDir: string): string | undefined {
  const page = fs.statSync(path.join(outDir, CHECK_PAGE), { throwIfNoEntry: false });
  if (!page) return `${path.relative(root, outDir) || outDir}/ has no production build with the check page`;
  if (newestSource(root) > page.mtimeMs) return 'the site changed since the last build';
  return undefined;
}

/**
 * Makes sure `outDir` holds a current build. With `allowBuild` false, a missing or stale build is
 * an error (CI and tests pass --no-build after building once themselves).
 */
export function ensureBuild(root: string, outDir: string, allowBuild: boolean, log: (line: string) => void): void {
  const reason = staleReason(root, outDir);
  if (!reason) return;
  if (!allowBuild) throw new Error(`${reason}; run \`npm run build\` first, or leave out --no-build`);
  log(`lessons:check: ${reason}; building the site (npm run build)…`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  if (build.status !== 0) throw new Error('npm run build failed');
}
