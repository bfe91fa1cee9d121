import { timeSplitCutDate } from '../../../src/services/insights/timeSplit';

describe('timeSplitCutDate', () => {
  const times = Array.from({ length: 40 }, (_, i) => 1000 * (i + 1));

  it('leaves the latest quarter of closed deals on the test side', () => {
    // 40 deals: the first 30 train, the 31st (closed at 31,000) opens the test side.
    expect(timeSplitCutDate(times, 100_000)).toBe(31_000);
    expect(timeSplitCutDate([...times].reverse(), 100_000, 0.5)).toBe(21_000);
  });

  it('ignores deals closed after now and keeps deals closed at the same instant together', () => {
    expect(timeSplitCutDate([...times, 500_000], 100_000)).toBe(31_000);
    const tied = times.map((t) => (t === 32_000 ? 31_000 : t));
    expect(timeSplitCutDate(tied, 100_000)).toBe(31_000);
    // 60 deals, cut at the 46th (46,000); the 45th moved to 46,000 ties across the cut, so both train and the cut moves to 47,000.
    const tiedAtCut = Array.from({ length: 60 }, (_, i) => 1000 * (i + 1)).map((t) => (t === 45_000 ? 46_000 : t));
    expect(timeSplitCutDate(tiedAtCut, 100_000)).toBe(47_000);
  });

  it('gives no cut with fewer than 10 deals on a side', () => {
    expect(timeSplitCutDate(times.slice(0, 39), 100_000)).toBeUndefined();
    expect(timeSplitCutDate(times, 100_000, 0.2)).toBeUndefined();
    expect(timeSplitCutDate([], 100_000)).toBeUndefined();
  });
});
