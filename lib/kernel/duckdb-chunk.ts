/**
 * The shared vocabulary of the Arrow readers (duckdb-readers.ts, duckdb-readers-nested.ts):
 * a reader is bound once per column chunk (`Data`), which prepares typed views, and then
 * called per row index. Buffer conventions follow apache-arrow: value buffers and offsets
 * are already sliced to the chunk, the validity bitmap and booleans use `data.offset + i`.
 */
import type { Data } from 'apache-arrow';

/** Reads value `i` of the chunk it was bound to; null for SQL NULL. */
export type Getter = (i: number) => unknown;
/** Prepares a getter for one chunk of a column. */
export type Binder = (data: Data) => Getter;

/** Wraps a getter with the chunk's validity bitmap, or returns it as is when nothing is null. */
export function withNulls(data: Data, get: Getter): Getter {
  const bitmap = data.nullBitmap;
  if (!bitmap || bitmap.length === 0 || data.nullCount === 0) return get;
  const offset = data.offset;
  return (i) => {
    const p = offset + i;
    return bitmap[p >> 3] & (1 << (p & 7)) ? get(i) : null;
  };
}

/** An Int32Array over the chunk's value bytes, `wordsPerValue` 32-bit words per value. */
export function words(data: Data, wordsPerValue: number): Int32Array {
  const v = data.values as ArrayBufferView;
  return new Int32Array(v.buffer, v.byteOffset, data.length * wordsPerValue);
}

/** A property set that stays a plain data property even for the key `__proto__`. */
export function setProp(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
