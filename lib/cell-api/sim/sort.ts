/**
 * A stable sort of numbers that returns the permutation, for putting a million events in arrival
 * order: `Array.prototype.sort` with a comparator took most of a source's generation time, while
 * an LSD radix sort on the bits of the doubles is linear. Keys travel with the permutation, so
 * every pass reads memory in order (reading keys through the permutation thrashed the cache).
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const RADIX = 1 << 16;

/**
 * The indices of `keys` in increasing key order; equal keys keep their original order. Keys must
 * not be NaN (−0 sorts before +0).
 */
export function sortedOrder(keys: Float64Array): Uint32Array {
  const n = keys.length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  if (!LITTLE_ENDIAN) return order.sort((a, b) => keys[a] - keys[b] || a - b);
  // Doubles ordered as unsigned integers: flip the sign bit of positives, every bit of negatives.
  const words = new Uint32Array(keys.buffer, keys.byteOffset, n * 2);
  let hi = new Uint32Array(n), lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1], l = words[2 * i]; // little-endian: the high word comes second
    if (h & 0x80000000) {
      hi[i] = ~h;
      lo[i] = ~l;
    } else {
      hi[i] = h | 0x80000000;
      lo[i] = l;
    }
  }
  let order2 = new Uint32Array(n), hi2 = new Uint32Array(n), lo2 = new Uint32Array(n);
  const counts = new Uint32Array(RADIX);
  for (let pass = 0; pass < 4; pass++) {
    const src = pass < 2 ? lo : hi;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(src[i] >>> shift) & 0xffff]++;
    // Skip a pass where every key has the same 16 bits (common: nearby times share their high bits).
    if (counts[(src[0] >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = counts[(src[i] >>> shift) & 0xffff]++;
      order2[at] = order[i];
      hi2[at] = hi[i];
      lo2[at] = lo[i];
    }
    [order, order2] = [order2, order];
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
  }
  return order;
}
