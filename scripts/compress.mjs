// Pre-compresses the static export (brotli + gzip) so the server never compresses on a request:
// the 34 MB DuckDB wasm becomes ~5 MB over the wire. Runs after `next build`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'out');
const EXT = new Set(['.js', '.mjs', '.css', '.html', '.wasm', '.json', '.svg', '.txt', '.csv', '.map']);
const started = Date.now();
let before = 0;
let after = 0;
let files = 0;

for (const rel of fs.readdirSync(root, { recursive: true })) {
  const file = path.join(root, String(rel));
  if (!EXT.has(path.extname(file)) || !fs.statSync(file).isFile()) continue;
  const data = fs.readFileSync(file);
  if (data.length < 1024) continue;
  // Quality 11 is slow on multi-MB files for little gain; 9 keeps the build fast.
  const quality = data.length > 1_000_000 ? 9 : 11;
  const br = zlib.brotliCompressSync(data, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  fs.writeFileSync(`${file}.br`, br);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
  before += data.length;
  after += br.length;
  files++;
}
const mb = (n) => (n / 1e6).toFixed(1);
console.log(`compress: ${files} files, ${mb(before)} MB -> ${mb(after)} MB brotli in ${((Date.now() - started) / 1000).toFixed(1)} s`);
