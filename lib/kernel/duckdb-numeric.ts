/**
 * Wide integers from DuckDB's Arrow results as plain JS numbers.
 *
 * Arrow hands BIGINT/UBIGINT over as 64-bit words and HUGEINT/DECIMAL as 128-bit words
 * (four little-endian uint32 per value). Cells want ordinary numbers, so every wide value
 * becomes a double: exact up to 2^53, correctly rounded beyond (documented in convert.ts).
 * Common values are read as 32-bit halves, which avoids creating a BigInt per value (several
 * times slower on million-row results); only values that need it take the bigint path.
 */

const TWO_32 = 4294967296;

/** Signed 64-bit value `i` of a buffer viewed as int32 pairs (lo, hi). */
export function int64At(words: Int32Array, i: number): number {
  // hi * 2^32 is exact and lo is exact, so the single addition rounds once, like Number(bigint).
  return words[2 * i + 1] * TWO_32 + (words[2 * i] >>> 0);
}

/** Unsigned 64-bit value `i` of a buffer viewed as int32 pairs (lo, hi). */
export function uint64At(words: Int32Array, i: number): number {
  return (words[2 * i + 1] >>> 0) * TWO_32 + (words[2 * i] >>> 0);
}

/**
 * Signed 64-bit value `i` as a bigint, for callers that need the exact value
 * (timestamps outside the range a double holds exactly).
 */
export function int64BigAt(words: Int32Array, i: number): bigint {
  return (BigInt(words[2 * i + 1]) << 32n) | BigInt(words[2 * i] >>> 0);
}

/** True when the 64-bit value `i` lies within ±2^52, where doubles are exact with room to spare. */
export function int64IsSafe(words: Int32Array, i: number): boolean {
  const hi = words[2 * i + 1];
  return hi < 0x100000 && hi >= -0x100000;
}

/**
 * Signed 128-bit value `i` of a buffer viewed as uint32 quadruples (least significant
 * first), as an exact bigint.
 */
export function int128BigAt(words: Uint32Array, i: number): bigint {
  const o = 4 * i;
  const hi = (BigInt(words[o + 3] | 0) << 32n) | BigInt(words[o + 2]);
  const lo = (BigInt(words[o + 1]) << 32n) | BigInt(words[o]);
  return (hi << 64n) | lo;
}

/** True when 128-bit value `i` lies within ±2^52, so `words[1] * 2^32 + words[0]` is exact. */
function int128IsSmall(words: Uint32Array, i: number): boolean {
  const o = 4 * i;
  const top = words[o + 3];
  if (top === 0 && words[o + 2] === 0) return words[o + 1] < 0x100000;
  if (top === 0xffffffff && words[o + 2] === 0xffffffff) return words[o + 1] >= 0xfff00000;
  return false;
}

/**
 * A DECIMAL (or HUGEINT, scale 0) stored as a signed 128-bit unscaled integer, divided by
 * 10^scale. Small values use exact double arithmetic (dividing two exact doubles rounds
 * once, so `1234 / 100` is the same double as the literal `12.34`); larger ones go through
 * a bigint and a decimal string, which JS rounds correctly in one step.
 */
export function decimalAt(words: Uint32Array, i: number, scale: number): number {
  if (scale <= 22 && int128IsSmall(words, i)) {
    const o = 4 * i;
    const unscaled = (words[o + 1] | 0) * TWO_32 + words[o];
    return scale === 0 ? unscaled : unscaled / POW10[scale];
  }
  const big = int128BigAt(words, i);
  return scale === 0 ? Number(big) : Number(`${big}e-${scale}`);
}

/** Unsigned 128-bit little-endian value stored in 16 bytes at `byteOffset` (UHUGEINT; rare, so exact via bigint). */
export function uint128FromBytes(bytes: Uint8Array, byteOffset: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset + byteOffset, 16);
  return Number((view.getBigUint64(8, true) << 64n) | view.getBigUint64(0, true));
}

/** Powers of ten as doubles, exact up to 10^22 (larger scales take the string path). */
const POW10 = Array.from({ length: 39 }, (_, k) => 10 ** k);

/**
 * DuckDB's BIGNUM (formerly VARINT) binary form: a 3-byte header whose top bit is set for
 * non-negative values, then big-endian magnitude bytes; negative values store every byte
 * inverted.
 */
export function bignumFromBytes(bytes: Uint8Array): number {
  if (bytes.length < 3) return NaN;
  const negative = (bytes[0] & 0x80) === 0;
  let value = 0;
  for (let k = 3; k < bytes.length; k++) {
    const byte = negative ? ~bytes[k] & 0xff : bytes[k];
    value = value * 256 + byte;
  }
  return negative ? -value : value;
}

/**
 * The shortest decimal that rounds to the same float32, so `0.1::FLOAT` reads as 0.1
 * (as DuckDB prints it) instead of the widened double 0.10000000149011612.
 */
export function shortestFloat32(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  for (let digits = 1; digits < 9; digits++) {
    const candidate = Number(x.toPrecision(digits));
    if (Math.fround(candidate) === x) return candidate;
  }
  return Number(x.toPrecision(9));
}
