// Serves the static export in out/ (what `npm run build` produces) the way a good static host
// would: pre-compressed brotli/gzip files, application/wasm, immutable caching for versioned
// assets, no caching for HTML. Usage: PORT=3000 [BASE_PATH=/sub] node scripts/serve.mjs [dir]
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import sirv from 'sirv';
import { headerPolicyFor } from './csp-policy.mjs';
import basePathModule from './base-path.cjs';

const dir = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
// The base path the site was built with (BASE_PATH or NEXT_PUBLIC_BASE_PATH): serve it there.
const base = basePathModule.basePath();
if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`serve: ${dir}/index.html not found; run \`npm run build\` first`);
  process.exit(1);
}

const IMMUTABLE = /^\/(_next\/static|vendor)\//;
const assets = sirv(dir, {
  brotli: true,
  gzip: true,
  etag: true,
  extensions: ['html'],
  setHeaders(res, pathname) {
    if (pathname.endsWith('.wasm')) res.setHeader('Content-Type', 'application/wasm');
    res.setHeader('Cache-Control', IMMUTABLE.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Worker scripts get their Content-Security-Policy from their own response (csp-policy.mjs).
    const policy = headerPolicyFor(pathname);
    if (policy) res.setHeader('Content-Security-Policy', policy);
  },
});

const server = http.createServer((req, res) => {
  const url = req.url ?? '/';
  if (base) {
    if (url !== base && !url.startsWith(`${base}/`) && !url.startsWith(`${base}?`)) {
      res.writeHead(302, { Location: `${base}/` }).end();
      return;
    }
    req.url = url.slice(base.length) || '/';
  }
  assets(req, res, () => {
    res.statusCode = 404;
    const notFound = path.join(dir, '404.html');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
  });
});
server.listen(port, '127.0.0.1', () => console.log(`serving ${dir} at http://localhost:${port}${base}/`));
