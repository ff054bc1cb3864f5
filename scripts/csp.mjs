// After `next build`: writes the Content-Security-Policy into every exported HTML page, as the
// first element of <head> after the charset, with the SHA-256 of each of the page's inline
// scripts. Also writes out/_headers (the format Netlify and Cloudflare Pages read) with the worker
// policies, so a static host other than scripts/serve.mjs can send them too.
// Usage: node scripts/csp.mjs [dir]
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLED_WORKER_POLICY, DUCKDB_WORKER_POLICY, pagePolicy } from './csp-policy.mjs';
import basePathModule from './base-path.cjs';
import { htmlFiles } from './export-files.mjs';

/** The 'sha256-…' source of each inline <script> (with no src) in `html`. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    if (m[1].length === 0) continue;
    hashes.add(`sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

/** `html` with its policy <meta> inserted (replacing one written by an earlier run). */
export function withPolicy(html) {
  const clean = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScriptHashes(clean))}"/>`;
  const charset = /<meta charSet="utf-8"\/?>/i.exec(clean);
  if (charset) return clean.slice(0, charset.index + charset[0].length) + meta + clean.slice(charset.index + charset[0].length);
  return clean.replace(/<head([^>]*)>/i, `<head$1>${meta}`);
}

function main() {
  const root = path.resolve(process.argv[2] ?? 'out');
  let pages = 0;
  for (const file of htmlFiles(root)) {
    fs.writeFileSync(file, withPolicy(fs.readFileSync(file, 'utf8')));
    pages++;
  }
  // Paths as the browser requests them: under the base path when the site was built with one.
  const base = basePathModule.basePath();
  const headers = [
    `${base}/_next/static/*`, `  Content-Security-Policy: ${BUNDLED_WORKER_POLICY}`,
    `${base}/vendor/*`, `  Content-Security-Policy: ${DUCKDB_WORKER_POLICY}`,
  ];
  fs.writeFileSync(path.join(root, '_headers'), `${headers.join('\n')}\n`);
  console.log(`csp: policy written into ${pages} pages and _headers`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
