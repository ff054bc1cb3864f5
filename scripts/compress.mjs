// Pre-compresses the static export (brotli + gzip) so the server never compresses on a request:
// the 34 MB DuckDB wasm becomes ~5 MB over the wire. Runs after `next build`.
// zlib's async API runs on libuv's thread pool, so files compress in parallel on every core;
// results are cached by content hash in node_modules/.cache, so an unchanged wasm (the
// largest files by far) is compressed once per machine, not once per build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const root = path.resolve(process.argv[2] ?? 'out');
const cacheDir = path.resolve('node_modules/.cache/de-notebook-compress');
const EXT = new Set(['.js', '.mjs', '.css', '.html', '.wasm', '.json', '.svg', '.txt', '.csv', '.map']);
const started = Date.now();
let before = 0;
let after = 0;
let cached = 0;

/** Brotli and gzip of `data`, from the cache when this exact content was compressed before. */
async function compressed(data) {
  const key = crypto.createHash('sha256').update(data).digest('hex');
  const hit = path.join(cacheDir, key);
  if (fs.existsSync(`${hit}.br`) && fs.existsSync(`${hit}.gz`)) {
    cached++;
    return { br: fs.readFileSync(`${hit}.br`), gz: fs.readFileSync(`${hit}.gz`) };
  }
  // Quality 11 is slow on multi-MB files for little gain; 9 keeps the build fast.
  const quality = data.length > 1_000_000 ? 9 : 11;
  const [br, gz] = await Promise.all([
    brotli(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gzip(data, { level: 9 }),
  ]);
  if (data.length > 100_000) {
    // Only big files are worth a cache entry; written whole-or-not via rename.
    fs.mkdirSync(cacheDir, { recursive: true });
    for (const [ext, bytes] of [['br', br], ['gz', gz]]) {
      fs.writeFileSync(`${hit}.${ext}.tmp`, bytes);
      fs.renameSync(`${hit}.${ext}.tmp`, `${hit}.${ext}`);
    }
  }
  return { br, gz };
}

const files = fs
  .readdirSync(root, { recursive: true })
  .map((rel) => path.join(root, String(rel)))
  .filter((file) => EXT.has(path.extname(file)) && fs.statSync(file).isFile() && fs.statSync(file).size >= 1024)
  // Largest first, so the long ones start at once and the small ones fill the gaps.
  .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);

let next = 0;
async function worker() {
  while (next < files.length) {
    const file = files[next++];
    const data = fs.readFileSync(file);
    const { br, gz } = await compressed(data);
    fs.writeFileSync(`${file}.br`, br);
    fs.writeFileSync(`${file}.gz`, gz);
    before += data.length;
    after += br.length;
  }
}
// libuv's pool has 4 threads by default; more tasks in flight than that only queue.
await Promise.all(Array.from({ length: 4 }, worker));

const mb = (n) => (n / 1e6).toFixed(1);
console.log(
  `compress: ${files.length} files (${cached} from cache), ${mb(before)} MB -> ${mb(after)} MB brotli in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
