// Files of the static export, shared by the post-build steps (csp.mjs, compile-hints.mjs).
import fs from 'node:fs';
import path from 'node:path';

/** Absolute paths of every HTML page under the export's `root`. */
export function htmlFiles(root) {
  return fs.readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}
