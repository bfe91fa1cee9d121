import { learnStandardisation, standardiseRow } from '../../../../src/core/insights/scoring/standardisation';

describe('standardisation', () => {
  it('centres and scales by the population deviation, leaving constants at 0', () => {
    const s = learnStandardisation([[1, 5], [3, 5], [5, 5]]);
    // mean 3, population sd sqrt(8/3)
    expect(s.means).toEqual([3, 5]);
    expect(s.scales[0]).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(s.scales[1]).toBe(1);
    expect(standardiseRow(s, [5, 9])).toEqual([2 / Math.sqrt(8 / 3), 4]);
  });
});
