import { median } from '../../../../src/core/insights/statistics/median';

describe('median', () => {
  it('takes the middle value or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});
