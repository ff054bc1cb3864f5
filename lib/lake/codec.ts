/**
 * Arrow IPC ⇄ Parquet, with parquet-wasm (the Rust arrow/parquet crates compiled to wasm).
 * DuckDB-wasm speaks Arrow (query results out, `insertArrowFromIPCStream` in) but cannot load
 * its own Parquet extension offline, so this is the lake's file format engine. Because the
 * bridge is Arrow, column types survive exactly: INTEGER, BIGINT, DOUBLE, DECIMAL(p,s), VARCHAR,
 * BOOLEAN, DATE, TIMESTAMP and NULLs are written as the matching Parquet logical types (the
 * round-trip test reads them back with native DuckDB).
 *
 * Runs in the lake codec worker (codec.worker.ts) on the page, and in node for tests and the
 * benchmark; `initParquetCodec` must resolve first.
 */
import init, { Compression, initSync, readParquet, Table, writeParquet, WriterPropertiesBuilder } from 'parquet-wasm/esm';

let ready: Promise<void> | undefined;

/**
 * Loads the wasm once. On the page, with no argument: parquet-wasm's own
 * `new URL('parquet_wasm_bg.wasm', import.meta.url)`, which the bundler turns into a hashed,
 * self-hosted file under /_next/static/media (so there is exactly one copy, cached immutably).
 * In node, from its bytes. Later calls return the first load.
 */
export function initParquetCodec(wasm?: Uint8Array): Promise<void> {
  ready ??= (async () => {
    if (wasm) initSync({ module: wasm });
    else await init();
  })();
  return ready;
}

/** A Parquet file made from an Arrow stream, and how many rows it holds. */
export interface EncodedParquet {
  bytes: Uint8Array;
  rows: number;
}

/**
 * Rows per row group. DuckDB writes ~122,880; smaller groups would bloat metadata, larger ones
 * need more memory when a reader decodes a group at once.
 */
const ROW_GROUP_ROWS = 122_880;

/** Encodes an Arrow IPC stream as Parquet (Snappy, like DuckDB's `COPY … (FORMAT parquet)`). */
export function arrowToParquet(ipc: Uint8Array): EncodedParquet {
  const table = Table.fromIPCStream(ipc);
  let rows = 0;
  for (const batch of table.recordBatches()) rows += batch.numRows;
  const props = new WriterPropertiesBuilder()
    .setCompression(Compression.SNAPPY)
    .setMaxRowGroupSize(ROW_GROUP_ROWS)
    .setCreatedBy('de-notebook lake (parquet-wasm)')
    .build();
  return { bytes: writeParquet(table, props), rows };
}

/** Decodes a Parquet file (or its first `limit` rows) to an Arrow IPC stream DuckDB can insert. */
export function parquetToArrow(bytes: Uint8Array, options: { limit?: number } = {}): Uint8Array {
  const table = readParquet(bytes, options.limit !== undefined ? { limit: options.limit } : undefined);
  return table.intoIPCStream();
}

/** The four bytes every Parquet file starts and ends with. */
export function isParquet(bytes: Uint8Array): boolean {
  const magic = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
  const n = bytes.length;
  return n >= 12 && magic.every((b, i) => bytes[i] === b && bytes[n - 4 + i] === b);
}
