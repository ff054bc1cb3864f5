import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'scripts/__fixtures__/lessons-check';

/**
 * Runs the CLI the way `npm run lessons:check -- <args>` does, parse phase only: running lessons in
 * Chromium needs the production build, so that phase is tested end to end in e2e/lessons-check.spec.ts.
 */
function check(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/lessons-check.ts', '--no-run', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('lessons-check', () => {
  it('prints located issues and a summary per lesson, and exits 1 on a broken lesson', () => {
    const { code, stdout, stderr } = check(FIXTURES);
    expect(stderr).toBe(
      `${FIXTURES}/02-broken/index.md:9:7: unknown cell option 'hiden'; allowed: id=, hidden, readonly, norun, name=, timeout=, static, exercise=\n`,
    );
    expect(stdout).toBe(
      [
        `ok ${FIXTURES}/01-ok/index.md: 1 section, 2 cells`,
        `FAIL ${FIXTURES}/02-broken/index.md: 1 issue`,
        '2 lessons checked, 1 failed, 1 issue',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('accepts a single lesson folder or index.md and exits 0 when it is fine', () => {
    for (const target of [`${FIXTURES}/01-ok`, `${FIXTURES}/01-ok/index.md`]) {
      const { code, stdout, stderr } = check(target);
      expect(stderr).toBe('');
      expect(stdout).toContain(`ok ${FIXTURES}/01-ok/index.md: 1 section, 2 cells`);
      expect(code).toBe(0);
    }
  });

  it('exits 2 on a path that does not exist', () => {
    const { code, stderr } = check(`${FIXTURES}/nope`);
    expect(stderr).toContain(`error: no such file or folder: ${FIXTURES}/nope`);
    expect(code).toBe(2);
  });
});
