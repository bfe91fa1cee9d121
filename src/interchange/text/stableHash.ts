/**
 * A fast, deterministic, non-cryptographic hash (two independently seeded cyrb53 rounds, 106 bits in
 * all) for source keys. It is not a security boundary: keys only need to be stable across imports and
 * practically collision-free (about 1e-20 for 30 million rows). The Web Crypto digest would do too,
 * but it is asynchronous and an order of magnitude slower per row.
 */

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Hashes text to a 53-bit non-negative integer; the same text always gives the same number.
 * Useful as a compact map key when the full text would cost too much memory.
 */
export function hash53(text: string): number {
  return cyrb53(text, 0);
}

/**
 * Hashes text to 28 lowercase hex characters (two 53-bit hashes with different seeds).
 *
 * @param text - any string; the empty string hashes too
 * @returns e.g. `0f3a…` (always 28 characters)
 */
export function stableHash(text: string): string {
  return cyrb53(text, 0).toString(16).padStart(14, '0') + cyrb53(text, 0x9e3779b9).toString(16).padStart(14, '0');
}
