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
  return finish(h1, h2);
}

function finish(a: number, b: number): number {
  let h1 = a;
  let h2 = b;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const SECOND_SEED: number = 0x9e3779b9;

/** The two halves of a {@link stableHash}: 53-bit non-negative integers. */
export interface StableHashParts {
  /** `cyrb53(text, 0)`: the first 14 hex digits; equal to {@link hash53} of the same text. */
  readonly first: number;
  /** `cyrb53(text, 0x9e3779b9)`: the last 14 hex digits. */
  readonly second: number;
}

/**
 * Both halves of {@link stableHash} in one pass over the text (the per-character work is the same as
 * two separate passes, but the text is read once). Import loops use `first` as the row fingerprint and
 * format the key only once they know the occurrence.
 *
 * @param text - any string; the empty string hashes too
 */
export function stableHashParts(text: string): StableHashParts {
  return stableHashPartsOfJoined([text]);
}

/**
 * {@link stableHashParts} of `pieces.join('\u001f')`, without building the joined string: on an
 * import that string would be built, flattened and dropped again for every row. A number piece is
 * hashed as its decimal text (`String(n)`); safe integers (timestamps) are read digit by digit
 * instead of being converted, which for 13-digit values is a slow double-to-string conversion.
 *
 * @param pieces - the texts (or numbers) to hash as if joined by U+001F; `[]` hashes like `''`
 */
export function stableHashPartsOfJoined(pieces: readonly (string | number)[]): StableHashParts {
  // `| 0` keeps every accumulator a 32-bit integer from the start, so the loop stays in integer code.
  let a1 = 0xdeadbeef | 0;
  let a2 = 0x41c6ce57 | 0;
  let b1 = (0xdeadbeef ^ SECOND_SEED) | 0;
  let b2 = (0x41c6ce57 ^ SECOND_SEED) | 0;
  for (let p = 0; p < pieces.length; p++) {
    if (p > 0) {
      a1 = Math.imul(a1 ^ 0x1f, 2654435761);
      a2 = Math.imul(a2 ^ 0x1f, 1597334677);
      b1 = Math.imul(b1 ^ 0x1f, 2654435761);
      b2 = Math.imul(b2 ^ 0x1f, 1597334677);
    }
    const value = pieces[p];
    const piece = typeof value === 'number' && !Number.isSafeInteger(value) ? String(value) : value;
    if (typeof piece === 'string') {
      for (let i = 0; i < piece.length; i++) {
        const ch = piece.charCodeAt(i);
        a1 = Math.imul(a1 ^ ch, 2654435761);
        a2 = Math.imul(a2 ^ ch, 1597334677);
        b1 = Math.imul(b1 ^ ch, 2654435761);
        b2 = Math.imul(b2 ^ ch, 1597334677);
      }
    } else {
      // A safe integer, digit by digit as `String(piece)` would write it.
      const length = decimalLength(piece);
      for (let i = 0; i < length; i++) {
        const ch = decimalCode(piece, length, i);
        a1 = Math.imul(a1 ^ ch, 2654435761);
        a2 = Math.imul(a2 ^ ch, 1597334677);
        b1 = Math.imul(b1 ^ ch, 2654435761);
        b2 = Math.imul(b2 ^ ch, 1597334677);
      }
    }
  }
  return { first: finish(a1, a2), second: finish(b1, b2) };
}

const TEN_TO: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Characters of `String(n)` for a safe integer `n` (a leading `-` counts). */
function decimalLength(n: number): number {
  const magnitude = Math.abs(n);
  let digits = 1;
  while (digits < 16 && magnitude >= TEN_TO[digits]) digits += 1;
  return n < 0 ? digits + 1 : digits;
}

/**
 * Character code at `index` of `String(n)` for a safe integer `n` whose text is `length` long.
 * Exact: the integer is split at 10^8 so that every division works on values below 2^31.
 */
function decimalCode(n: number, length: number, index: number): number {
  if (n < 0 && index === 0) return 45;
  const magnitude = Math.abs(n);
  const position = length - 1 - index; // 0 = units
  const high = Math.floor(magnitude / 100000000);
  const part = position < 8 ? magnitude - high * 100000000 : high;
  const divisor = TEN_TO[position < 8 ? position : position - 8];
  return 48 + (((part / divisor) | 0) % 10);
}

// Character codes of the 16 lowercase hex digits.
const HEX_CODES: readonly number[] = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/**
 * Two 53-bit non-negative integers as exactly 28 lowercase hex digits (14 each), built as one flat
 * string: concatenating per-byte pieces left a tree of 14 string fragments per key that every later
 * use (a map lookup, a request body) had to flatten, and Number#toString(16) on values above 2^31
 * goes through V8's slow double-to-radix path.
 */
function hex28(first: number, second: number): string {
  const a = Math.floor(first / 4294967296);
  const b = first >>> 0;
  const c = Math.floor(second / 4294967296);
  const d = second >>> 0;
  const h = HEX_CODES;
  return String.fromCharCode(
    h[(a >>> 20) & 15], h[(a >>> 16) & 15], h[(a >>> 12) & 15], h[(a >>> 8) & 15], h[(a >>> 4) & 15], h[a & 15],
    h[b >>> 28], h[(b >>> 24) & 15], h[(b >>> 20) & 15], h[(b >>> 16) & 15], h[(b >>> 12) & 15], h[(b >>> 8) & 15], h[(b >>> 4) & 15], h[b & 15],
    h[(c >>> 20) & 15], h[(c >>> 16) & 15], h[(c >>> 12) & 15], h[(c >>> 8) & 15], h[(c >>> 4) & 15], h[c & 15],
    h[d >>> 28], h[(d >>> 24) & 15], h[(d >>> 20) & 15], h[(d >>> 16) & 15], h[(d >>> 12) & 15], h[(d >>> 8) & 15], h[(d >>> 4) & 15], h[d & 15]
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
  return sourceKeyFromParts(stableHashParts(`${source}\u001f${content}`), occurrence);
}

/**
 * The source key for a record whose `source + U+001F + content` has already been hashed with
 * {@link stableHashParts}; gives exactly what {@link sourceKeyOf} gives for the same text.
 *
 * @param parts - `stableHashParts(source + '\u001f' + content)`
 * @param occurrence - 0 for the first record with this content in the file, 1 for the second ...
 * @returns 28 lowercase hex characters
 */
export function sourceKeyFromParts(parts: StableHashParts, occurrence: number): string {
  const first = hex28(parts.first, parts.second);
  return occurrence === 0 ? first : stableHash(`${first}\u001f${occurrence}`);
}

/**
 * Hashes text to 28 lowercase hex characters (two 53-bit hashes with different seeds).
 *
 * @param text - any string; the empty string hashes too
 * @returns e.g. `0f3a…` (always 28 characters)
 */
export function stableHash(text: string): string {
  const parts = stableHashParts(text);
  return hex28(parts.first, parts.second);
}
