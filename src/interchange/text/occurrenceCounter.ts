/**
 * Counts how often each row fingerprint has been seen in one file, for source keys (a record's key
 * includes its occurrence index among identical records, so two genuinely identical rows stay two
 * records and a re-import gives the same keys).
 *
 * Why not a `Map<number, number>`: on a million-row file that map was the largest thing the import
 * kept. A 53-bit fingerprint is not a small integer, so every key is a separate heap number (16 bytes)
 * on top of the map's own entry (about 28 bytes), all of it traced by the garbage collector on every
 * major collection. Here the fingerprints of rows seen once (almost all rows) sit in an open-addressing
 * table of doubles outside the traced heap: 8 bytes a slot, at most half full, so 16 to 32 bytes a
 * distinct row. Only fingerprints seen twice or more get a map entry holding their count.
 *
 * The trade-off: memory still grows with the number of distinct rows (exact occurrence indexes for
 * rows in any order need to remember every row seen), it is just three to five times smaller. Bounding
 * it outright would mean counting occurrences only within a window or within one opportunity of a
 * sorted file, and that would change the keys of identical rows that are far apart: a re-import of an
 * already imported file would then create duplicates, which the keys exist to prevent.
 */

/** Slots of the first table; it doubles whenever it is half full. */
const INITIAL_SLOTS: number = 1024;

/**
 * Creates a counter for one file.
 *
 * @returns a function taking a fingerprint (a non-negative integer below 2^53, e.g. from
 *   `stableHashParts`) and returning how many times that fingerprint was passed before: 0 the first
 *   time, 1 the second, ... Other numbers (negative, fractional, NaN) are not supported.
 */
export function createOccurrenceCounter(): (fingerprint: number) => number {
  // Slot value is fingerprint + 1 (exact: at most 2^53), so that 0 can mean "empty".
  let slots = new Float64Array(INITIAL_SLOTS);
  let mask = INITIAL_SLOTS - 1;
  let used = 0;
  // Fingerprints seen at least twice -> times seen so far.
  const repeats = new Map<number, number>();

  const grow = (): void => {
    const old = slots;
    slots = new Float64Array(old.length * 2);
    mask = slots.length - 1;
    for (let i = 0; i < old.length; i++) {
      const stored = old[i];
      if (stored !== 0) {
        let at = (stored - 1) & mask;
        while (slots[at] !== 0) at = (at + 1) & mask;
        slots[at] = stored;
      }
    }
  };

  return (fingerprint) => {
    const stored = fingerprint + 1;
    // The fingerprint is itself a hash: its low 32 bits (`&` takes them) are evenly spread.
    let at = fingerprint & mask;
    for (;;) {
      const slot = slots[at];
      if (slot === 0) break;
      if (slot === stored) {
        const seen = repeats.get(fingerprint) ?? 1;
        repeats.set(fingerprint, seen + 1);
        return seen;
      }
      at = (at + 1) & mask;
    }
    slots[at] = stored;
    used += 1;
    if (used * 2 > slots.length) grow();
    return 0;
  };
}
