/**
 * Query results as raw Arrow IPC bytes, and Arrow IPC bytes into tables: what the Parquet lake
 * exchanges with DuckDB. The bytes come straight from duckdb-wasm's pending-query API (the
 * same calls `AsyncDuckDBConnection.send` makes), so no Arrow object is decoded and re-encoded on
 * the page, and `cancel()` (`cancelSent`) still interrupts a long query between slices.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

/** Arrow IPC end-of-stream marker: continuation token + zero length. */
const END_OF_STREAM = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);

function concat(parts: Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Runs `text` as a pending (cancellable) query; resolves to its result as one IPC stream. */
export function collectIpc(conn: AsyncDuckDBConnection, text: string): Promise<Uint8Array> {
  return conn.useUnsafe(async (db, id) => {
    let header = await db.startPendingQuery(id, text, false);
    while (header == null) header = await db.pollPendingQuery(id);
    const parts = [header];
    for (;;) {
      // null: not ready yet, ask again; empty: the result is complete.
      const chunk = await db.fetchQueryResults(id);
      if (chunk == null) continue;
      if (chunk.length === 0) break;
      parts.push(chunk);
    }
    parts.push(END_OF_STREAM);
    return concat(parts);
  });
}

/**
 * Creates table `name` (schema `main` unless qualified by the caller's quoting) from an IPC
 * stream. duckdb-wasm transfers the buffer to its worker, so the caller's bytes are copied first.
 */
export async function insertIpc(conn: AsyncDuckDBConnection, ipc: Uint8Array, name: string): Promise<void> {
  await conn.insertArrowFromIPCStream(ipc.slice(), { name, create: true });
}
