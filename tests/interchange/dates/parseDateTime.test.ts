import { parseDateTime } from '../../../src/interchange/dates/parseDateTime';

describe('parseDateTime', () => {
  it.each([
    ['2024-02-29', 1709164800000],
    ['2024-02-29T13:45', 1709214300000],
    ['2024-02-29 13:45:30', 1709214330000],
    ['2024-02-29T13:45:30.5Z', 1709214330500],
    ['2024-02-29T13:45:30.123999+01:00', 1709210730123],
    ['2024-02-29T13:45:30-0530', 1709234130000],
    ['2024-02-29T13:45:30+05', 1709196330000],
    ['  2024-02-29T00:00:00Z  ', 1709164800000]
  ])('reads ISO %s', (text, expected) => {
    expect(parseDateTime(text, 'iso')).toEqual({ ok: true, value: expected });
  });

  it('reads the same day-first and month-first date as the same instant', () => {
    expect(parseDateTime('29/02/2024 13:45', 'day-first')).toEqual({ ok: true, value: 1709214300000 });
    expect(parseDateTime('29.02.2024 13:45', 'day-first')).toEqual({ ok: true, value: 1709214300000 });
    expect(parseDateTime('02/29/2024 13:45', 'month-first')).toEqual({ ok: true, value: 1709214300000 });
    expect(parseDateTime('2/9/2024', 'month-first')).toEqual({ ok: true, value: 1707436800000 });
    // 2 September 2024
    expect(parseDateTime('2/9/2024', 'day-first')).toEqual({ ok: true, value: 1725235200000 });
  });

  it('refuses what does not fit the chosen format, naming the expected one', () => {
    expect(parseDateTime('2024-02-30', 'iso')).toEqual({
      ok: false,
      reason: '"2024-02-30" has no day 30 in month 2; expected an ISO 8601 date such as 2024-12-31 or 2024-12-31T14:30:00+01:00'
    });
    expect(parseDateTime('31/12/2024', 'iso')).toEqual({
      ok: false,
      reason: '"31/12/2024" is not an ISO 8601 date such as 2024-12-31 or 2024-12-31T14:30:00+01:00'
    });
    expect(parseDateTime('2024-12-31', 'day-first')).toEqual({
      ok: false,
      reason: '"2024-12-31" is not a day-first date such as 31/12/2024 or 31.12.2024 14:30'
    });
    expect(parseDateTime('31/12/2024', 'month-first')).toEqual({
      ok: false,
      reason: '"31/12/2024" has no month 31; expected a month-first date such as 12/31/2024 or 12/31/2024 14:30'
    });
    expect(parseDateTime('31/12/24', 'day-first')).toMatchObject({ ok: false });
    expect(parseDateTime('2024-01-01T24:00', 'iso')).toEqual({
      ok: false,
      reason: '"2024-01-01T24:00" has a time outside 00:00:00-23:59:59; expected an ISO 8601 date such as 2024-12-31 or 2024-12-31T14:30:00+01:00'
    });
    expect(parseDateTime('2024-01-01T10:00+15:00', 'iso')).toMatchObject({ ok: false });
    expect(parseDateTime('0999-01-01', 'iso')).toMatchObject({ ok: false });
    expect(parseDateTime('31/12/2024 10:00', 'day-first')).toEqual({ ok: true, value: 1735639200000 });
    expect(parseDateTime('31-12/2024', 'day-first')).toMatchObject({ ok: false });
  });
});
