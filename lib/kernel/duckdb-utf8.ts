/**
 * UTF-8 decoding of Arrow string columns.
 *
 * `TextDecoder.decode` has a high fixed cost per call, so calling it per value dominates
 * the conversion of string columns. Most result strings are ASCII (names, codes,
 * categories): when a whole chunk is ASCII, byte offsets equal character offsets, so the
 * chunk is decoded once and each value is a cheap `substring` of it. Other chunks are
 * decoded value by value, which also handles invalid sequences the standard way (U+FFFD).
 */

const decoder = new TextDecoder();

/** True when `bytes[start, end)` holds only 7-bit ASCII. */
function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (bytes[k] > 0x7f) return false;
  return true;
}

/** The string stored in `bytes[start, end)`. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  return start === end ? '' : decoder.decode(bytes.subarray(start, end));
}

/**
 * A reader for value `i` of a string chunk with `length` values, where value `i` spans
 * `bytes[offsets[i], offsets[i + 1])`.
 */
export function stringReader(
  bytes: Uint8Array,
  offsets: ArrayLike<number>,
  length: number,
): (i: number) => string {
  const first = offsets[0];
  const last = offsets[length];
  if (isAscii(bytes, first, last)) {
    const text = decoder.decode(bytes.subarray(first, last));
    return (i) => text.substring(offsets[i] - first, offsets[i + 1] - first);
  }
  return (i) => decodeUtf8(bytes, offsets[i], offsets[i + 1]);
}
