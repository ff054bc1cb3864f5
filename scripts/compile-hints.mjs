// After `next build`: marks the scripts every page loads at start with V8's explicit compile hint
// (`//# allFunctionsCalledOnLoad`, Chrome 136+), so V8 compiles all their functions while it
// streams them, off the main thread, instead of one by one on the main thread when first called.
// Turbopack wraps each module in a function that runs only when the module is first required,
// after the chunk's own top-level code: V8 compiled those lazily on every visit, because the
// compiled-code cache holds only what was compiled when it was written. Lazily loaded chunks
// (Monaco, the compilers, DuckDB's glue) are left alone: eager compilation would be waste there.
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
    const code = fs.readFileSync(file, 'utf8');
    const next = withHint(code);
    if (next !== code) (fs.writeFileSync(file, next), marked++);
  }
  return { marked, found: scripts.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { marked, found } = markStartScripts(path.resolve(process.argv[2] ?? 'out'));
  console.log(`compile-hints: ${marked} of ${found} start-up script(s) marked for eager compilation`);
}
