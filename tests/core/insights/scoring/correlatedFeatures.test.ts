import { correlatedFeatures } from '../../../../src/core/insights/scoring/correlatedFeatures';

describe('correlatedFeatures', () => {
  // Columns: a; b = 2a (r = 1); c = a reversed (r = -1 with a); d with r = 0 against a; e constant.
  // a = [0, 1, 2, 3] centred [-1.5, -0.5, 0.5, 1.5]; d = [1, 0, 0, 1] centred [0.5, -0.5, -0.5, 0.5]:
  // dot = -0.75 + 0.25 - 0.25 + 0.75 = 0.
  const rows = [
    [0, 0, 3, 1, 7],
    [1, 2, 2, 0, 7],
    [2, 4, 1, 0, 7],
    [3, 6, 0, 1, 7]
  ];

  it('flags columns with |r| at or above the threshold with another column', () => {
    expect(correlatedFeatures(rows, 0.5)).toEqual([true, true, true, false, false]);
  });

  it('compares |r| with the threshold inclusively', () => {
    // x = [0, 0, 1, 1], y = [0, 1, 0, 1] with one more row [1, 1]: centred x [-0.6, -0.6, 0.4, 0.4, 0.4],
    // y [-0.6, 0.4, -0.6, 0.4, 0.4]; dot = 0.36 - 0.24 - 0.24 + 0.16 + 0.16 = 0.2; norms² = 1.2 each: r = 1/6.
    const five = [[0, 0], [0, 1], [1, 0], [1, 1], [1, 1]];
    expect(correlatedFeatures(five, 1 / 6 - 1e-12)).toEqual([true, true]);
    expect(correlatedFeatures(five, 1 / 6 + 1e-9)).toEqual([false, false]);
  });

  it('flags nothing with fewer than two rows', () => {
    expect(correlatedFeatures([[1, 2]], 0.5)).toEqual([false, false]);
    expect(correlatedFeatures([], 0.5)).toEqual([]);
  });
});
