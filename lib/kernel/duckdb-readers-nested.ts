/**
 * Readers for nested and encoded Arrow columns: LIST/ARRAY → arrays, STRUCT and MAP → plain
 * objects, UNION → the selected member's value, ENUM (dictionary) → strings. They take the
 * readers of their members as arguments, so values inside follow the same rules as columns
 * (see convert.ts).
 */
import type { Data } from 'apache-arrow';
import { setProp, withNulls, type Binder } from './duckdb-chunk';

/** LIST (`fixedSize` undefined, offsets) or fixed-size ARRAY values as arrays. */
export function listBinder(child: Binder, fixedSize?: number): Binder {
  return (data) => {
    const get = child(data.children[0]);
    const offsets = data.valueOffsets;
    return withNulls(data, (i) => {
      const start = fixedSize === undefined ? offsets[i] : i * fixedSize;
      const end = fixedSize === undefined ? offsets[i + 1] : start + fixedSize;
      const out = new Array(end - start);
      for (let k = start; k < end; k++) out[k - start] = get(k);
      return out;
    });
  };
}

/** STRUCT values as objects keyed by member name. */
export function structBinder(names: string[], members: Binder[]): Binder {
  return (data) => {
    const gets = members.map((b, k) => b(data.children[k]));
    return withNulls(data, (i) => {
      const out: Record<string, unknown> = {};
      for (let k = 0; k < gets.length; k++) setProp(out, names[k], gets[k](i));
      return out;
    });
  };
}

/** MAP values as objects keyed by `String(key)`. */
export function mapBinder(key: Binder, value: Binder): Binder {
  return (data) => {
    const entries = data.children[0];
    const getKey = key(entries.children[0]);
    const getValue = value(entries.children[1]);
    const offsets = data.valueOffsets;
    return withNulls(data, (i) => {
      const out: Record<string, unknown> = {};
      for (let k = offsets[i]; k < offsets[i + 1]; k++) setProp(out, String(getKey(k)), getValue(k));
      return out;
    });
  };
}

/** UNION values: the value of the member each row selects (dense or sparse layout). */
export function unionBinder(members: Binder[], toChild: Record<number, number>, dense: boolean): Binder {
  return (data) => {
    const gets = members.map((b, k) => b(data.children[k]));
    const typeIds = data.typeIds;
    const offsets = data.valueOffsets;
    // A union has no bitmap of its own: NULL lives in the selected member.
    return (i) => gets[toChild[typeIds[i]]](dense ? offsets[i] : i);
  };
}

/** Dictionary-encoded values (DuckDB's ENUM), each dictionary converted once. */
export function dictionaryBinder(value: Binder): Binder {
  const cache = new WeakMap<object, unknown[]>(); // record batches share one dictionary
  const convert = (dictionary: { data: Data[] }) =>
    dictionary.data.flatMap((chunk) => {
      const get = value(chunk);
      return Array.from({ length: chunk.length }, (_, k) => get(k));
    });
  return (data) => {
    const dictionary = data.dictionary as unknown as { data: Data[] } | undefined;
    let values: unknown[] = [];
    if (dictionary) {
      values = cache.get(dictionary) ?? convert(dictionary);
      cache.set(dictionary, values);
    }
    const indices = data.values;
    return withNulls(data, (i) => values[Number(indices[i])]);
  };
}
