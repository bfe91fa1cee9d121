import { hash53, sourceKeyFromParts, sourceKeyOf, stableHash, stableHashParts, stableHashPartsOfJoined } from '../../../src/interchange/text/stableHash';

// Values written by the first implementation (two separate cyrb53 passes, keys concatenated byte by
// byte). Source keys are stored in SharePoint, so a faster implementation must reproduce them exactly.
describe('stableHash', () => {
  it('gives the same 28 hex digits as before', () => {
    expect(stableHash('')).toBe('0bdcb81aee8d8310c329583afc3b');
    expect(stableHash('a\u001fb')).toBe('1ec2b1283d635f0a0240b29abf61');
  });

  it('keeps hash53 as the first half', () => {
    expect(hash53('')).toBe(3338908027751811);
    expect(hash53('Discovery call')).toBe(2902937349139414);
    expect(stableHashParts('').first).toBe(3338908027751811);
    expect(stableHashParts('Discovery call').first).toBe(2902937349139414);
  });

  it('hashes pieces as if joined by U+001F', () => {
    expect(stableHashPartsOfJoined(['a', 'b'])).toEqual(stableHashParts('a\u001fb'));
    expect(stableHashPartsOfJoined(['', ''])).toEqual(stableHashParts('\u001f'));
    expect(stableHashPartsOfJoined([])).toEqual(stableHashParts(''));
  });
});

describe('source keys', () => {
  it('numbers identical records by occurrence, with the keys of before', () => {
    expect([0, 1, 2].map((n) => sourceKeyOf('csv', 'x', n))).toEqual(['162cc25c5fe0bb149c6cf3df0242', '1c5edeec9cbf9b0d457c8b1b81be', '0c03a0d717324003390c5c9b1c66']);
    expect(sourceKeyFromParts(stableHashPartsOfJoined(['csv', 'x']), 1)).toBe('1c5edeec9cbf9b0d457c8b1b81be');
  });
});

describe('stableHashPartsOfJoined with numbers', () => {
  it('hashes a number as its decimal text', () => {
    const cases = [0, 7, -7, 1709283600000, -30610224000000, 99999999, 100000000, 100000001, 1e15, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1.5, -0.25, 2 ** 53, 1e21, NaN];
    for (const n of cases) expect([n, stableHashPartsOfJoined(['t', n, 'x'])]).toEqual([n, stableHashParts(`t\u001f${String(n)}\u001fx`)]);
    expect(stableHashPartsOfJoined([1709283600000])).toEqual(stableHashParts('1709283600000'));
  });
});
