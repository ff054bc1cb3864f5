/**
 * A short, stable fingerprint of a cell's authored source. It tells whether the lesson file
 * changed since the student edited a cell; it is not a security measure, so a fast 53-bit
 * non-cryptographic hash (cyrb53) is enough and keeps the check synchronous.
 */
export function hashSource(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  // The length makes accidental collisions between very different sources even less likely.
  return `${n.toString(36)}-${text.length.toString(36)}`;
}
