/**
 * Parquet lake throughput, on the same code the page runs: DuckDB-wasm (eh, in a worker thread)
 * and parquet-wasm, in node. `npx tsx scripts/bench-lake.ts [rows]` prints the figures;
 * `npm run bench` imports `benchLake`.
 *
 * - write MB/s: Arrow bytes encoded to Parquet per second (the codec alone), and the whole
 *   `lake.write` (query → Arrow → Parquet → stored) in rows per second;
 * - read MB/s: Parquet bytes decoded to Arrow per second (the codec alone), and the whole
 *   `lake.load` (decode → DuckDB table) in rows per second.
 * Medians of `runs` runs after one warm-up.
 */
import { performance } from 'node:perf_hooks';
import { LessonDatabase } from '@/lib/kernel/duckdb';
import { nodeEnvironment } from '@/lib/kernel/duckdb-node-env';
import { inProcessCodec } from '@/lib/lake/codec-node';
import { LakeService } from '@/lib/lake/service';

/** The figures `benchLake` measures. */
export interface LakeBench {
  rows: number;
  arrowMB: number;
  parquetMB: number;
  /** Codec only: Arrow MB encoded per second. */
  writeMBps: number;
  /** Codec only: Parquet MB decoded per second. */
  readMBps: number;
  /** `lake.write` end to end (query, encode, store). */
  writeRowsPerSec: number;
  /** `lake.load` end to end (decode, insert into DuckDB). */
  loadRowsPerSec: number;
}

const QUERY = (rows: number) => `
  SELECT i::INTEGER AS id, (i * 1000)::BIGINT AS big, i / 7.0 AS ratio, (i % 10000 / 100)::DECIMAL(10,2) AS amount,
         'category_' || (i % 20) AS category, i % 3 = 0 AS flag, DATE '2024-01-01' + (i % 365)::INTEGER AS day,
         TIMESTAMP '2024-01-01 00:00:00' + INTERVAL (i) SECOND AS ts, CASE WHEN i % 10 = 0 THEN NULL ELSE i END AS maybe
  FROM range(${rows}) t(i)`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
}

/** Measures the lake on `rows` rows of 9 typed columns. */
export async function benchLake(options: { rows?: number; runs?: number } = {}): Promise<LakeBench> {
  const rows = options.rows ?? 1_000_000;
  const runs = options.runs ?? 3;
  const db = await LessonDatabase.open({ clock: '2024-01-16T09:00:00', dataFiles: [] }, nodeEnvironment());
  try {
    const codec = await inProcessCodec();
    const lake = new LakeService(() => db, codec);
    const ipc = await db.queryArrow(QUERY(rows));
    const { bytes: parquet } = await codec.encode(ipc.slice()); // warm-up
    await codec.decode(parquet);
    const encode: number[] = [];
    const decode: number[] = [];
    const write: number[] = [];
    const load: number[] = [];
    for (let r = 0; r < runs; r++) {
      encode.push(await time(() => codec.encode(ipc.slice())));
      decode.push(await time(() => codec.decode(parquet)));
      write.push(await time(() => lake.write('bench/part-0.parquet', { kind: 'sql', text: QUERY(rows) })));
      load.push(await time(() => lake.load('bench', 'bench_back')));
    }
    const mb = (n: number) => n / 1e6;
    return {
      rows,
      arrowMB: mb(ipc.length),
      parquetMB: mb(parquet.length),
      writeMBps: mb(ipc.length) / median(encode),
      readMBps: mb(parquet.length) / median(decode),
      writeRowsPerSec: rows / median(write),
      loadRowsPerSec: rows / median(load),
    };
  } finally {
    await db.close();
  }
}

/** One line per figure, for people. */
export function formatLakeBench(b: LakeBench): string {
  const n = (x: number, d = 1) => x.toLocaleString('en-US', { maximumFractionDigits: d });
  return [
    `lake: ${n(b.rows, 0)} rows x 9 columns = ${n(b.arrowMB)} MB Arrow, ${n(b.parquetMB)} MB Parquet (snappy)`,
    `lake: Parquet write ${n(b.writeMBps)} MB/s of Arrow (codec), lake.write ${n(b.writeRowsPerSec, 0)} rows/s end to end`,
    `lake: Parquet read ${n(b.readMBps)} MB/s of Parquet (codec), lake.load ${n(b.loadRowsPerSec, 0)} rows/s end to end`,
  ].join('\n');
}

if (process.argv[1] && /bench-lake\.ts$/.test(process.argv[1])) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  benchLake({ rows }).then(
    (b) => console.log(formatLakeBench(b)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
