import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM build script without types
import { FIRST_RUN_MARKERS, HINT, markFirstRunChunks, markStartScripts, startScripts, withHint } from './compile-hints.mjs';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** An export with one page loading `app.js` (under `base`) and a lazily loaded `lazy.js`. */
function exportDir(base = '') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hints-'));
  dirs.push(root);
  fs.mkdirSync(path.join(root, '_next/static/chunks'), { recursive: true });
  fs.mkdirSync(path.join(root, 'lessons/x'), { recursive: true });
  fs.writeFileSync(path.join(root, '_next/static/chunks/app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, '_next/static/chunks/lazy.js'), 'console.log(2)');
  fs.writeFileSync(path.join(root, 'lessons/x/index.html'), `<html><head><script src="${base}/_next/static/chunks/app.js" async=""></script></head></html>`);
  return root;
}
const read = (root: string, f: string) => fs.readFileSync(path.join(root, '_next/static/chunks', f), 'utf8');

describe('compile hints', () => {
  it('puts the hint on the first line, once', () => {
    expect(withHint('x()')).toBe(`${HINT}x()`);
    expect(withHint(withHint('x()'))).toBe(`${HINT}x()`);
  });

  it('finds the external scripts of a page, not its inline ones', () => {
    expect(startScripts('<script>inline()</script><script src="/_next/a.js" async=""></script><script async src="/b/_next/c.js"></script>'))
      .toEqual(['/_next/a.js', '/b/_next/c.js']);
  });

  it.each(['', '/de-notebook'])('marks the scripts pages load at start, and leaves lazy chunks alone (base path "%s")', (base) => {
    const root = exportDir(base);
    expect(markStartScripts(root)).toEqual({ marked: 1, found: 1 });
    expect(read(root, 'app.js')).toBe(`${HINT}console.log(1)`);
    expect(read(root, 'lazy.js')).toBe('console.log(2)');
    expect(markStartScripts(root)).toEqual({ marked: 0, found: 1 });
  });

  it('fails the build when a page loads a script the export lacks', () => {
    const root = exportDir();
    fs.rmSync(path.join(root, '_next/static/chunks/app.js'));
    expect(() => markStartScripts(root)).toThrow(/app\.js is referenced by a page/);
  });

  it('marks the lazily loaded chunks that hold the first-run compiler, and no other lazy chunk', () => {
    const root = exportDir();
    const chunk = (f: string, code: string) => fs.writeFileSync(path.join(root, '_next/static/chunks', f), code);
    chunk('sucrase.js', 'x={disableESTransforms:!0}');
    chunk('scope.js', 'a.generateDecodedMap();b={allowReserved:1}');
    expect(markFirstRunChunks(root)).toEqual({ marked: 2, found: 2 });
    expect(read(root, 'sucrase.js')).toBe(`${HINT}x={disableESTransforms:!0}`);
    expect(read(root, 'scope.js')).toBe(`${HINT}a.generateDecodedMap();b={allowReserved:1}`);
    expect(read(root, 'lazy.js')).toBe('console.log(2)');
    expect(markFirstRunChunks(root)).toEqual({ marked: 0, found: 2 });
  });

  it('fails the build when a first-run compiler marker is in no chunk', () => {
    const root = exportDir();
    fs.writeFileSync(path.join(root, '_next/static/chunks/sucrase.js'), 'x={disableESTransforms:!0}');
    expect(() => markFirstRunChunks(root)).toThrow(/no chunk .* contains "generateDecodedMap"/);
    expect(FIRST_RUN_MARKERS).toContain('allowReserved');
  });

  it('finds every marker in the real libraries the first-run compiler is built from', () => {
    const sources: Record<string, string> = {
      disableESTransforms: 'node_modules/sucrase/dist/index.js',
      generateDecodedMap: 'node_modules/magic-string/dist/index.mjs',
      allowReserved: 'node_modules/acorn/dist/acorn.mjs',
    };
    expect(Object.keys(sources).sort()).toEqual([...FIRST_RUN_MARKERS].sort());
    for (const [marker, file] of Object.entries(sources)) expect(fs.readFileSync(file, 'utf8')).toContain(marker);
  });
});
