// Copies runtime assets the browser needs into public/ (git-ignored), so they always match the
// installed packages and nothing is ever fetched from a CDN:
//   public/vendor/duckdb-<v>/   DuckDB-wasm eh bundle (wasm + worker)
//   public/vendor/esbuild-<v>/  esbuild.wasm
//   public/lesson-data/<slug>/  every non-Markdown file of each lesson folder
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(path.join(root, 'package.json'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function copy(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

function fresh(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

const vendor = path.join(root, 'public/vendor');
fresh(vendor);
// @duckdb/duckdb-wasm does not export package.json; resolve its main entry and walk to dist/.
const duckDist = path.dirname(require.resolve('@duckdb/duckdb-wasm'));
const duckOut = path.join(vendor, `duckdb-${pkg.dependencies['@duckdb/duckdb-wasm']}`);
for (const f of ['duckdb-eh.wasm', 'duckdb-browser-eh.worker.js']) copy(path.join(duckDist, f), path.join(duckOut, f));
// The page starts DuckDB through this wrapper. DuckDB-wasm pipes the wasm download through a
// TransformStream to report progress, and the Response it rebuilds from that stream is not
// cacheable, so Chromium compiled the 34 MB module from scratch on every visit. Without
// TransformStream it instantiates straight from fetch(), and a later visit (and every e2e test
// after the first) gets the compiled code from the browser's cache. We show no progress bar.
fs.writeFileSync(
  path.join(duckOut, 'duckdb-cached.worker.js'),
  "// See scripts/copy-assets.mjs: instantiate from fetch() so the compiled wasm is cached.\n" +
    "self.TransformStream = undefined;\nimportScripts('./duckdb-browser-eh.worker.js');\n",
);
const esbuildDir = path.dirname(require.resolve('esbuild-wasm/package.json'));
copy(path.join(esbuildDir, 'esbuild.wasm'), path.join(vendor, `esbuild-${pkg.dependencies['esbuild-wasm']}`, 'esbuild.wasm'));

const dataOut = path.join(root, 'public/lesson-data');
fresh(dataOut);
const extra = (process.env.LESSONS_EXTRA ?? '').split(',').map((s) => s.trim()).filter(Boolean);
// LESSONS_ONLY (comma-separated slugs) limits the build to those lessons (lib/lesson/dirs.ts).
const only = new Set((process.env.LESSONS_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean));
let count = 0;
for (const dir of [path.join(root, 'lessons'), ...extra.map((d) => path.resolve(root, d))]) {
  if (!fs.existsSync(dir)) continue;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const m = entry.isDirectory() && /^\d+-(.+)$/.exec(entry.name);
    if (!m || (only.size > 0 && !only.has(m[1]))) continue;
    const lessonDir = path.join(dir, entry.name);
    for (const file of fs.readdirSync(lessonDir, { recursive: true })) {
      const abs = path.join(lessonDir, String(file));
      if (!fs.statSync(abs).isFile() || abs.endsWith('.md')) continue;
      copy(abs, path.join(dataOut, m[1], String(file)));
      count++;
    }
  }
}
console.log(`copy-assets: vendor files for duckdb-wasm and esbuild-wasm, ${count} lesson data file(s)`);
