/**
 * The `sql` tagged template and `db`: build query text with `$1, $2…` placeholders and a
 * parameter list (values are never spliced into the text, so quotes in data cannot break or
 * inject SQL), then hand them to a transport (the runner's bridge to the page's DuckDB).
 */
import type { SqlResultData } from '@/lib/kernel/protocol';
import type { TableColumn } from '@/lib/kernel/outputs';
import { errorAtCallSite } from './errors';
import { inspect } from './format';
import { withColumns } from './table';

/** Rows of a query result, with the DuckDB column types as a non-enumerable `columns`. */
export type SqlRows<T extends object = Record<string, unknown>> = T[] & { readonly columns: TableColumn[] };

/** Text spliced verbatim by `sql.raw` / `sql.ident`. */
export class SqlFragment {
  constructor(readonly text: string) {}
}

/** Query text plus positional parameters. */
export interface SqlQuery {
  text: string;
  params: unknown[];
}

/** Sends a query or a statement to the database; `exec` resolves without a result. */
export type SqlTransport = (op: 'query' | 'exec', text: string, params: unknown[]) => Promise<SqlResultData | undefined>;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Checks one `${}` value. The database binds it (never as query text): Date → TIMESTAMP (UTC),
 * array → LIST, plain object → STRUCT, Uint8Array → BLOB. `undefined` is refused rather than
 * turned into NULL, because it is almost always a misspelt property.
 */
export function toSqlParam(value: unknown, position: number): unknown {
  const where = `sql: parameter $${position}`;
  if (value === null) return null;
  switch (typeof value) {
    case 'string': case 'number': case 'boolean': case 'bigint': return value;
    case 'undefined': throw new TypeError(`${where} is undefined (use null for SQL NULL)`);
    case 'function': case 'symbol': throw new TypeError(`${where} is a ${typeof value}, which SQL cannot hold`);
  }
  const obj = value as object;
  if (obj instanceof Date) {
    if (Number.isNaN(obj.getTime())) throw new TypeError(`${where} is an Invalid Date`);
    return obj;
  }
  if (obj instanceof Uint8Array || obj instanceof ArrayBuffer) return obj;
  if (Array.isArray(obj)) return obj.map((v) => toSqlParam(v, position));
  if (isPlainObject(obj)) return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, toSqlParam(v, position)]));
  throw new TypeError(`${where} is a ${inspect(obj, { depth: 1, maxItems: 3 })}: pass a string, number, boolean, bigint, Date, null, or an array / plain object of those; use sql.ident(name) for a table or column name`);
}

/** Template strings + values → text with `$n` placeholders; `SqlFragment`s are spliced verbatim. */
export function buildQuery(strings: readonly string[], values: readonly unknown[]): SqlQuery {
  let text = strings[0];
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (value instanceof SqlFragment) text += value.text;
    else {
      params.push(toSqlParam(value, params.length + 1));
      text += `$${params.length}`;
    }
    text += strings[i + 1];
  });
  return { text, params };
}

/** Quotes an identifier for DuckDB: `order` → `"order"`, `a"b` → `"a""b"`. */
export function quoteIdent(name: string): string {
  if (typeof name !== 'string' || name === '') throw new TypeError('sql.ident: expects a non-empty string');
  return `"${name.replace(/"/g, '""')}"`;
}

function isTemplate(strings: unknown): strings is TemplateStringsArray {
  return Array.isArray(strings) && Array.isArray((strings as unknown as { raw?: unknown }).raw);
}

/** The `sql` tag with its helpers, and `db`, bound to one transport. */
export function createSqlApi(transport: SqlTransport) {
  async function send(op: 'query' | 'exec', text: string, params: unknown[], callSite: Error) {
    try {
      return await transport(op, text, params);
    } catch (e) {
      // The reply arrives in a message handler: re-anchor the error at the cell's call site.
      const err = e as { name?: string; message?: string };
      throw errorAtCallSite({ name: err.name ?? 'Error', message: err.message ?? String(e) }, callSite);
    }
  }
  async function query<T extends object>(text: string, params: unknown[], callSite: Error): Promise<SqlRows<T>> {
    const result = await send('query', text, params, callSite);
    return withColumns((result?.rows ?? []) as T[], result?.columns ?? []);
  }
  function template(strings: TemplateStringsArray, values: unknown[], name: string): SqlQuery {
    if (!isTemplate(strings)) {
      throw new TypeError(`${name} is a tagged template: write ${name}\`SELECT …\` (no parentheses); for text built at run time use db.query(text, params)`);
    }
    return buildQuery(strings, values);
  }

  const sql = Object.assign(
    function sql<T extends object = Record<string, unknown>>(strings: TemplateStringsArray, ...values: unknown[]) {
      const q = template(strings, values, 'sql');
      return query<T>(q.text, q.params, new Error());
    },
    {
      async one<T extends object = Record<string, unknown>>(strings: TemplateStringsArray, ...values: unknown[]) {
        const q = template(strings, values, 'sql.one');
        return (await query<T>(q.text, q.params, new Error()))[0] as T | undefined;
      },
      async value<V = unknown>(strings: TemplateStringsArray, ...values: unknown[]) {
        const q = template(strings, values, 'sql.value');
        const rows = await query(q.text, q.params, new Error());
        const first = rows.columns[0]?.name ?? (rows[0] ? Object.keys(rows[0])[0] : undefined);
        return (rows[0] && first !== undefined ? (rows[0] as Record<string, unknown>)[first] : undefined) as V | undefined;
      },
      raw: (text: string) => {
        if (typeof text !== 'string') throw new TypeError('sql.raw: expects a string');
        return new SqlFragment(text);
      },
      ident: (name: string) => new SqlFragment(quoteIdent(name)),
    },
  );

  const db = {
    async exec(text: string): Promise<void> {
      if (typeof text !== 'string') throw new TypeError('db.exec: expects the SQL text as a string');
      await send('exec', text, [], new Error());
    },
    query<T extends object = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<SqlRows<T>> {
      if (typeof text !== 'string') throw new TypeError('db.query: expects the SQL text as a string');
      return query<T>(text, params.map((p, i) => toSqlParam(p, i + 1)), new Error());
    },
  };
  return { sql, db };
}
