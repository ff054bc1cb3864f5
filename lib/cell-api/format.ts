/**
 * Turns any JS value into readable text, like a browser console or a light `util.inspect`:
 * strings raw at the top level, objects as compact JSON-ish text with a depth limit, Map / Set /
 * Date / bigint / Error readable, circular references safe, and bounded work for huge values.
 */

export interface FormatOptions {
  /** Nesting levels shown before `[Object]` / `[Array]` (default 3). */
  depth?: number;
  /** Items shown per array / object / Map / Set (default 100). */
  maxItems?: number;
  /** Longest nested string before it is cut with `…` (default 10,000). */
  maxStringLength?: number;
  /** Containers longer than this are broken over several lines (default 80). */
  breakLength?: number;
}

interface State {
  depth: number;
  maxItems: number;
  maxStringLength: number;
  breakLength: number;
  seen: Set<object>;
  /** Nodes left to visit: bounds the cost of formatting a huge nested structure. */
  budget: number;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats a value for display: top-level strings are shown raw, everything else inspected. */
export function formatValue(value: unknown, options: FormatOptions = {}): string {
  return typeof value === 'string' ? value : inspect(value, options);
}

/** Formats a value as code-like text (strings quoted), safe for any input. */
export function inspect(value: unknown, options: FormatOptions = {}): string {
  const state: State = {
    depth: options.depth ?? 3,
    maxItems: options.maxItems ?? 100,
    maxStringLength: options.maxStringLength ?? 10_000,
    breakLength: options.breakLength ?? 80,
    seen: new Set(),
    budget: 20_000,
  };
  try {
    return fmt(value, 0, state);
  } catch {
    // Proxies and hostile getters can throw anywhere; formatting must never fail a run.
    return Object.prototype.toString.call(value);
  }
}

/** `Error: message` (with the cause), without the stack: stacks are mapped page-side. */
export function errorText(error: { name?: unknown; message?: unknown; cause?: unknown }): string {
  const head = `${String(error.name ?? 'Error')}: ${String(error.message ?? '')}`;
  return error.cause === undefined ? head : `${head} (cause: ${formatValue(error.cause, { depth: 1 })})`;
}

/** True for Error instances and error-like objects from other realms (DOMException...). */
export function isErrorLike(v: unknown): v is Error {
  if (v instanceof Error) return true;
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.name === 'string' && typeof o.message === 'string' && typeof o.stack === 'string';
}

function quote(s: string, max: number): string {
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);
}

function fmt(v: unknown, level: number, st: State): string {
  if (--st.budget < 0) return '…';
  switch (typeof v) {
    case 'string': return quote(v, st.maxStringLength);
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'boolean': case 'symbol': return String(v);
    case 'undefined': return 'undefined';
    case 'function': {
      const isClass = /^class[\s{]/.test(Function.prototype.toString.call(v));
      return `[${isClass ? 'class' : 'Function'}${v.name ? ` ${v.name}` : ' (anonymous)'}]`;
    }
  }
  if (v === null) return 'null';
  const obj = v as object;
  if (st.seen.has(obj)) return '[Circular]';
  if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? 'Invalid Date' : obj.toISOString();
  if (obj instanceof RegExp) return String(obj);
  if (isErrorLike(obj)) return level === 0 ? errorText(obj) : `[${errorText(obj)}]`;
  if (obj instanceof Promise) return 'Promise { … }';
  const name = constructorName(obj);
  if (level >= st.depth) return Array.isArray(obj) ? '[Array]' : `[${name ?? 'Object'}]`;
  st.seen.add(obj);
  try {
    return container(obj, name, level, st);
  } finally {
    st.seen.delete(obj);
  }
}

function container(obj: object, name: string | undefined, level: number, st: State): string {
  const items: string[] = [];
  const child = (x: unknown) => fmt(x, level + 1, st);
  let total: number;
  let prefix = '';
  let brackets: [string, string] = ['{', '}'];
  if (Array.isArray(obj) || (ArrayBuffer.isView(obj) && !(obj instanceof DataView))) {
    const list = obj as ArrayLike<unknown>;
    total = list.length;
    for (let i = 0; i < Math.min(total, st.maxItems); i++) items.push(child(list[i]));
    brackets = ['[', ']'];
    if (!Array.isArray(obj)) prefix = `${name}(${total}) `;
  } else if (obj instanceof Map) {
    total = obj.size;
    prefix = `Map(${total}) `;
    for (const [k, val] of obj) {
      if (items.length >= st.maxItems) break;
      items.push(`${child(k)} => ${child(val)}`);
    }
  } else if (obj instanceof Set) {
    total = obj.size;
    prefix = `Set(${total}) `;
    for (const val of obj) {
      if (items.length >= st.maxItems) break;
      items.push(child(val));
    }
  } else {
    const keys = Object.keys(obj);
    total = keys.length;
    if (name && name !== 'Object') prefix = `${name} `;
    for (const key of keys.slice(0, st.maxItems)) {
      let shown: string;
      try {
        shown = child((obj as Record<string, unknown>)[key]);
      } catch {
        shown = '[Getter threw]';
      }
      items.push(`${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${shown}`);
    }
  }
  if (total > items.length) items.push(`… ${total - items.length} more`);
  return wrap(prefix, brackets, items, level, st);
}

function wrap(prefix: string, [open, close]: [string, string], items: string[], level: number, st: State): string {
  if (items.length === 0) return `${prefix}${open}${close}`;
  const pad = open === '[' ? '' : ' ';
  const single = `${prefix}${open}${pad}${items.join(', ')}${pad}${close}`;
  const fits = single.length + level * 2 <= st.breakLength && !single.includes('\n');
  if (fits) return single;
  return `${prefix}${open}\n${items.map((i) => `  ${i.replace(/\n/g, '\n  ')}`).join(',\n')}\n${close}`;
}

function constructorName(obj: object): string | undefined {
  const proto = Object.getPrototypeOf(obj) as { constructor?: { name?: unknown } } | null;
  if (proto === null) return undefined;
  const name = proto.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/**
 * Joins console arguments like a browser: a leading format string understands
 * `%s %d %i %f %o %O %j %c %%`; remaining arguments are appended, separated by spaces.
 */
export function formatArgs(args: readonly unknown[]): string {
  const rest = [...args];
  let head = '';
  if (typeof rest[0] === 'string' && rest[0].includes('%')) {
    const template = rest.shift() as string;
    head = template.replace(/%([sdifoOjc%])/g, (match, code: string) => {
      if (code === '%') return '%';
      if (rest.length === 0) return match;
      const arg = rest.shift();
      switch (code) {
        case 's': return typeof arg === 'string' ? arg : formatValue(arg, { depth: 1 });
        case 'd': case 'i': return typeof arg === 'bigint' ? `${arg}n` : String(code === 'i' ? parseInt(String(arg), 10) : Number(arg));
        case 'f': return String(parseFloat(String(arg)));
        case 'j': try { return JSON.stringify(arg) ?? 'undefined'; } catch { return '[Circular]'; }
        case 'c': return '';
        default: return inspect(arg);
      }
    });
    if (rest.length === 0) return head;
    head += ' ';
  }
  return head + rest.map((a) => formatValue(a)).join(' ');
}
