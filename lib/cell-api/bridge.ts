/**
 * Runner side of the SQL bridge: a cell's query becomes a `sql-request` to the page, which owns
 * DuckDB, and the promise settles when the matching `sql-reply` (same `reqId`) comes back.
 */
import type { LoadColumn, SqlReplyMessage, SqlRequestMessage, SqlResultData, TableLoadMessage } from '@/lib/kernel/protocol';

/** Correlates requests and replies by id. */
export interface SqlBridge {
  request(runId: number, op: 'query' | 'exec', text: string, params: unknown[]): Promise<SqlResultData | undefined>;
  /** Sends rows as columns to be loaded into a table (`db.load`); settles like a query. */
  load(runId: number, table: string, columns: LoadColumn[], rowCount: number, mode: 'replace' | 'append'): Promise<void>;
  /** Settles the request a reply answers; unknown ids are ignored (a reply after a restart). */
  handleReply(reply: SqlReplyMessage): void;
}

/** Creates a bridge that posts requests with `post`. */
export function createSqlBridge(post: (message: SqlRequestMessage | TableLoadMessage) => void): SqlBridge {
  let nextId = 1;
  const pending = new Map<number, { resolve(r: SqlResultData | undefined): void; reject(e: Error): void }>();
  const send = (message: (reqId: number) => SqlRequestMessage | TableLoadMessage) => {
    const reqId = nextId++;
    return new Promise<SqlResultData | undefined>((resolve, reject) => {
      pending.set(reqId, { resolve, reject });
      try {
        post(message(reqId));
      } catch (e) {
        // A parameter the structured clone cannot copy: fail this query, not the runner.
        pending.delete(reqId);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  };
  return {
    request(runId, op, text, params) {
      return send((reqId) => ({ type: 'sql-request', reqId, runId, op, text, params }));
    },
    async load(runId, table, columns, rowCount, mode) {
      await send((reqId) => ({ type: 'table-load', reqId, runId, table, columns, rowCount, mode }));
    },
    handleReply(reply) {
      const waiter = pending.get(reply.reqId);
      if (!waiter) return;
      pending.delete(reply.reqId);
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
    },
  };
}
