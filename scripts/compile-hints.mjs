// After `next build`: marks the scripts every page loads at start with V8's explicit compile hint
// (`//# allFunctionsCalledOnLoad`, Chrome 136+), so V8 compiles all their functions while it
// streams them, off the main thread, instead of one by one on the main thread when first called.
// Turbopack wraps each module in a function that runs only when the module is first required,
// after the chunk's own top-level code: V8 compiled those lazily on every visit, because the
// compiled-code cache holds only what was compiled when it was written. Of the lazily loaded
// chunks, only the first-run compiler's are marked too (found by FIRST_RUN_MARKERS): a student's
// first Run calls most of their functions at once, and compiling them one by one then held the
// result back by ~100 ms on a warm visit. Monaco, esbuild's and DuckDB's glue are left alone.
// Other browsers read the line as a comment.
// Usage: node scripts/compile-hints.mjs [dir]
import fs from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './export-files.mjs';

export const HINT = '//# allFunctionsCalledOnLoad\n';

/** Paths (as written in `src`) of the external scripts an HTML page loads. */
export function startScripts(html) {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/gi)].map((m) => m[1]);
}

/** `code` with the hint as its first line (the hint only counts there); unchanged if present. */
export function withHint(code) {
  return code.startsWith(HINT) ? code : HINT + code;
}

/**
 * Marks every script an exported HTML page under `root` loads at start; returns how many files it
 * changed and how many it found. Throws when a page references a script the export lacks.
 */
export function markStartScripts(root) {
  const scripts = new Set();
  for (const file of htmlFiles(root)) for (const src of startScripts(fs.readFileSync(file, 'utf8'))) scripts.add(src);
  let marked = 0;
  for (const src of scripts) {
    // `src` carries the base path (e.g. /de-notebook/_next/...): the export holds it from _next on.
    const file = path.join(root, src.slice(src.indexOf('/_next/')));
    if (!fs.existsSync(file)) throw new Error(`compile-hints: ${src} is referenced by a page but not in ${root}`);
    if (markFile(file)) marked++;
  }
  return { marked, found: scripts.size };
}

/** Puts the hint on `file`; true if the file changed (false when it already had it). */
function markFile(file) {
  const code = fs.readFileSync(file, 'utf8');
  const next = withHint(code);
  if (next === code) return false;
  fs.writeFileSync(file, next);
  return true;
}

/**
 * Strings that survive minification, one per module of the first-run compiler
 * (lib/compile/fast-compile.ts): sucrase's transform option, magic-string's map method, acorn's
 * parser option. A chunk holding any of them is marked.
 */
export const FIRST_RUN_MARKERS = ['disableESTransforms', 'generateDecodedMap', 'allowReserved'];

/**
 * File names (in _next/static/chunks) of the lazily loaded chunks that hold the first-run
 * compiler. Throws when a marker is in no chunk (a renamed dependency would otherwise drop the
 * hint without a word).
 */
export function firstRunChunks(root, markers = FIRST_RUN_MARKERS) {
  const dir = path.join(root, '_next/static/chunks');
  const hits = new Set();
  const found = new Set();
  // Each chunk is read once, however many markers there are (an export holds ~500 chunks).
  for (const f of fs.readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const marker of markers) if (code.includes(marker)) (hits.add(f), found.add(marker));
  }
  const missing = markers.find((m) => !found.has(m));
  if (missing) throw new Error(`compile-hints: no chunk in ${dir} contains "${missing}"`);
  return hits;
}

/**
 * Marks the lazily loaded chunks that hold the first-run compiler (see `firstRunChunks`); returns
 * how many files it changed and how many it found.
 */
export function markFirstRunChunks(root, markers = FIRST_RUN_MARKERS) {
  const dir = path.join(root, '_next/static/chunks');
  const hits = firstRunChunks(root, markers);
  let marked = 0;
  for (const f of hits) if (markFile(path.join(dir, f))) marked++;
  return { marked, found: hits.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] ?? 'out');
  const start = markStartScripts(root);
  const firstRun = markFirstRunChunks(root);
  console.log(
    `compile-hints: ${start.marked} of ${start.found} start-up script(s) and ${firstRun.marked} of ${firstRun.found} first-run compiler chunk(s) marked for eager compilation`,
  );
}
