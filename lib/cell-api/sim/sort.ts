/**
 * A stable sort of numbers that returns the permutation, for putting a million events in arrival
 * order: `Array.prototype.sort` with a comparator took most of a source's generation time, while
 * an LSD radix sort on the bits of the doubles is linear and allocation-free per element.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

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
  const bits = new Uint32Array(keys.buffer.slice(keys.byteOffset, keys.byteOffset + n * 8));
  for (let i = 0; i < n; i++) {
    const hi = 2 * i + 1; // little-endian: the high word comes second
    if (bits[hi] & 0x80000000) {
      bits[hi] = ~bits[hi] >>> 0;
      bits[hi - 1] = ~bits[hi - 1] >>> 0;
    } else bits[hi] = (bits[hi] | 0x80000000) >>> 0;
  }
  let next = new Uint32Array(n);
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(bits[2 * order[i] + word] >>> shift) & 0xffff]++;
    // Skip a pass where every key has the same 16 bits (common: times share their high bits).
    let only = -1;
    for (let d = 0; d < 65536; d++) if (counts[d] === n) only = d;
    if (only >= 0) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const idx = order[i];
      next[counts[(bits[2 * idx + word] >>> shift) & 0xffff]++] = idx;
    }
    [order, next] = [next, order];
  }
  return order;
}
