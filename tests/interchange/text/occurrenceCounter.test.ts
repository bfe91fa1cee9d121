import { createOccurrenceCounter } from '../../../src/interchange/text/occurrenceCounter';

describe('createOccurrenceCounter', () => {
  it('counts earlier sightings of each fingerprint, including 0 and the largest 53-bit value', () => {
    const count = createOccurrenceCounter();
    const max = Number.MAX_SAFE_INTEGER;
    expect([7, 0, 7, max, 7, 0, max, 8].map(count)).toEqual([0, 0, 1, 0, 2, 1, 1, 0]);
  });

  it('tells apart fingerprints that share their low 32 bits (same slot)', () => {
    const count = createOccurrenceCounter();
    const high = 2 ** 32;
    expect([5, 5 + high, 5 + 2 * high, 5 + high, 5].map(count)).toEqual([0, 0, 0, 1, 1]);
  });

  it('keeps every count while the table grows far past its first size', () => {
    const count = createOccurrenceCounter();
    // 5,000 distinct fingerprints spread over the 53-bit range, then all of them again.
    const prints = Array.from({ length: 5000 }, (_, i) => (i * 2654435761) % 2 ** 53);
    expect(prints.map(count).every((n) => n === 0)).toBe(true);
    expect(prints.map(count).every((n) => n === 1)).toBe(true);
    expect(count(prints[4321])).toBe(2);
    expect(count(prints[0])).toBe(2);
    // Separate counters never share state.
    expect(createOccurrenceCounter()(prints[0])).toBe(0);
  });
});
