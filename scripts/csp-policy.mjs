// The site's Content-Security-Policy, in one place: `csp.mjs` writes it into every exported page
// (a <meta> with the hashes of that page's inline scripts) and into out/_headers; `serve.mjs`
// sends the worker policies as response headers. Every exception is explained where it is made.

/**
 * The page policy. Student code never runs on the page (it runs in the runner worker), so the
 * page needs neither 'unsafe-eval' nor 'unsafe-inline' scripts: only its own files and the
 * inline bootstrap scripts Next.js writes into the HTML, allowed one by one by hash.
 * Exceptions:
 * - style-src 'unsafe-inline': Monaco inserts <style> elements at run time, and the exported HTML
 *   carries style="" attributes (syntax colours, sizes); styles cannot run code.
 * - img-src data: blob:: Monaco and recharts use data: URLs for small images.
 * - font-src data:: Monaco's icon font may be inlined.
 * @param {string[]} scriptHashes 'sha256-…' sources of the page's inline scripts
 */
export function pagePolicy(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.map((h) => `'${h}'`).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Policy of the worker scripts the bundler emits. A worker takes its policy from its own script's
 * response, not from the page (Chromium, Firefox), so this is where eval is allowed, and only here.
 * Exceptions:
 * - 'unsafe-eval': the runner evaluates each compiled cell with indirect eval (global scope, so
 *   top-level declarations are shared between cells). All bundler workers (runner, compiler, Monaco)
 *   start from one bootstrap script URL, so they share this policy.
 * - 'wasm-unsafe-eval': the compiler worker instantiates esbuild's wasm.
 * connect-src 'self' keeps student code from reaching anything outside the site (fetch, XHR,
 * WebSocket, importScripts).
 */
export const BUNDLED_WORKER_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "connect-src 'self'",
].join('; ');

/**
 * Policy of DuckDB's worker script (public/vendor): wasm, its data files, nothing else.
 * Exception: 'wasm-unsafe-eval' to instantiate DuckDB's wasm.
 */
export const DUCKDB_WORKER_POLICY = ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'"].join('; ');

/** The header policy of a served file, or undefined (HTML pages carry theirs in a <meta>). */
export function headerPolicyFor(pathname) {
  if (/^\/vendor\/.*\.worker\.js$/.test(pathname)) return DUCKDB_WORKER_POLICY;
  if (/^\/_next\/static\/.*\.js$/.test(pathname)) return BUNDLED_WORKER_POLICY;
  return undefined;
}
