import { parseCommonIsoDateTime } from '../../../src/interchange/dates/parseCommonIsoDateTime';
import { parseDateTime } from '../../../src/interchange/dates/parseDateTime';

describe('parseCommonIsoDateTime', () => {
  it('reads the common shapes as UTC epoch milliseconds', () => {
    // 2024-03-01 is day 19,783 since 1970-01-01: 19783 * 86,400,000 = 1,709,251,200,000.
    expect(parseCommonIsoDateTime('2024-03-01')).toBe(1709251200000);
    expect(parseCommonIsoDateTime('2024-03-01T09:00')).toBe(1709283600000);
    expect(parseCommonIsoDateTime('2024-03-01 09:00:00Z')).toBe(1709283600000);
    expect(parseCommonIsoDateTime('2024-03-01T09:00:01.5z')).toBe(1709283601500);
    // Digits beyond milliseconds are truncated, never rounded into the next day.
    expect(parseCommonIsoDateTime('2024-12-31T23:59:59,99999Z')).toBe(1735689599999);
    expect(parseCommonIsoDateTime('1970-01-01T00:00:00.000Z')).toBe(0);
    expect(parseCommonIsoDateTime('2000-02-29')).toBe(951782400000);
    expect(parseCommonIsoDateTime('1000-01-01')).toBe(-30610224000000);
  });

  it('leaves other shapes and invalid values to the general reader (NaN)', () => {
    const others = [
      ' 2024-03-01',
      '2024-03-01T09:00:00+01:00',
      '2024-03-01T09:00 Z',
      '2024-03-01Z',
      '2024-3-01',
      '2024-02-30',
      '1900-02-29',
      '0999-01-01',
      '2024-13-01',
      '2024-03-01T24:00',
      '2024-03-01T09:60',
      '2024-03-01T09:00:60',
      '2024-03-01T09:00:00.',
      '2024-03-01T9:00',
      '2024-03-01X09:00',
      ''
    ];
    expect(others.map(parseCommonIsoDateTime).every(Number.isNaN)).toBe(true);
  });

  it('agrees with Date.UTC on the first of every month from 1000 to 9999 and on leap days', () => {
    const mismatches: string[] = [];
    for (let year = 1000; year <= 9999; year += 7) {
      for (let month = 1; month <= 12; month++) {
        const text = `${year}-${String(month).padStart(2, '0')}-01T13:14:15.678Z`;
        if (parseCommonIsoDateTime(text) !== Date.UTC(year, month - 1, 1, 13, 14, 15, 678)) mismatches.push(text);
      }
      if (year % 4 === 0) {
        const leap = `${year}-02-29`;
        const expected = year % 100 !== 0 || year % 400 === 0 ? Date.UTC(year, 1, 29) : NaN;
        if (!Object.is(parseCommonIsoDateTime(leap), expected)) mismatches.push(leap);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('is what parseDateTime answers for the same text', () => {
    expect(parseDateTime('2024-03-01T09:00:01.5z', 'iso')).toEqual({ ok: true, value: 1709283601500 });
    expect(parseDateTime('2024-02-30', 'iso')).toEqual({
      ok: false,
      reason: '"2024-02-30" has no day 30 in month 2; expected an ISO 8601 date such as 2024-12-31 or 2024-12-31T14:30:00+01:00'
    });
  });
});
