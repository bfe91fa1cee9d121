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

// Two hex digits per byte. Number#toString(16) on values above 2^31 goes through V8's slow
// double-to-radix path and dominated the import profile; a byte table is about ten times faster.
const HEX_BYTES: readonly string[] = Array.from({ length: 256 }, (_, i) => (i < 16 ? '0' : '') + i.toString(16));

/** A 53-bit non-negative integer as exactly 14 lowercase hex digits. */
function hex14(n: number): string {
  const hi = Math.floor(n / 4294967296);
  const lo = n >>> 0;
  return (
    HEX_BYTES[(hi >>> 16) & 0xff] +
    HEX_BYTES[(hi >>> 8) & 0xff] +
    HEX_BYTES[hi & 0xff] +
    HEX_BYTES[lo >>> 24] +
    HEX_BYTES[(lo >>> 16) & 0xff] +
    HEX_BYTES[(lo >>> 8) & 0xff] +
    HEX_BYTES[lo & 0xff]
  );
}

/**
 * Hashes text to a 53-bit non-negative integer; the same text always gives the same number.
 * Useful as a compact map key when the full text would cost too much memory.
 */
export function hash53(text: string): number {
  return cyrb53(text, 0);
}

/**
 * A source key for a record: `content` hashed with the source, plus the occurrence index among
 * identical records of one file. The first occurrence (by far the common case) costs one
 * {@link stableHash}; later ones hash that key again with the index.
 *
 * @param source - e.g. `csv`
 * @param content - the record's normalised content, fields joined by U+001F
 * @param occurrence - 0 for the first record with this content in the file, 1 for the second ...
 * @returns 28 lowercase hex characters
 */
export function sourceKeyOf(source: string, content: string, occurrence: number): string {
  const first = stableHash(`${source}\u001f${content}`);
  return occurrence === 0 ? first : stableHash(`${first}\u001f${occurrence}`);
}

/**
 * Hashes text to 28 lowercase hex characters (two 53-bit hashes with different seeds).
 *
 * @param text - any string; the empty string hashes too
 * @returns e.g. `0f3a…` (always 28 characters)
 */
export function stableHash(text: string): string {
  return hex14(cyrb53(text, 0)) + hex14(cyrb53(text, 0x9e3779b9));
}
