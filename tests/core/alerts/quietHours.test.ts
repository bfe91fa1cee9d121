import { isQuietTime } from '../../../src/core/alerts/quietHours';
import { zonedTime } from '../../../src/core/alerts/zonedTime';

describe('zonedTime and isQuietTime', () => {
  it('reads wall-clock time across a daylight-saving change', () => {
    // Berlin leaves summer time on 25 Oct 2026 at 01:00 UTC.
    expect(zonedTime(Date.UTC(2026, 9, 24, 21, 30), 'Europe/Berlin')).toEqual({ date: '2026-10-24', hour: 23, minute: 30 });
    expect(zonedTime(Date.UTC(2026, 9, 25, 21, 30), 'Europe/Berlin')).toEqual({ date: '2026-10-25', hour: 22, minute: 30 });
    expect(zonedTime(Date.UTC(2026, 9, 25, 23, 30), 'America/New_York')).toEqual({ date: '2026-10-25', hour: 19, minute: 30 });
  });

  it('handles spans over midnight, same-day spans, empty spans and weekends', () => {
    const night = { fromHour: 22, toHour: 7, timeZone: 'Europe/Berlin' };
    expect(isQuietTime(Date.UTC(2026, 9, 27, 21, 0), night)).toBe(true); // 22:00 local
    expect(isQuietTime(Date.UTC(2026, 9, 27, 5, 59), night)).toBe(true); // 06:59
    expect(isQuietTime(Date.UTC(2026, 9, 27, 6, 0), night)).toBe(false); // 07:00
    expect(isQuietTime(Date.UTC(2026, 9, 27, 12, 0), { fromHour: 12, toHour: 14, timeZone: 'UTC' })).toBe(true);
    expect(isQuietTime(Date.UTC(2026, 9, 27, 14, 0), { fromHour: 12, toHour: 14, timeZone: 'UTC' })).toBe(false);
    expect(isQuietTime(Date.UTC(2026, 9, 27, 12, 0), { fromHour: 9, toHour: 9, timeZone: 'UTC' })).toBe(false);
    expect(isQuietTime(Date.UTC(2026, 9, 31, 12, 0), { fromHour: 9, toHour: 9, timeZone: 'UTC', weekends: true })).toBe(true); // Saturday
    expect(isQuietTime(Date.UTC(2026, 9, 31, 12, 0), undefined)).toBe(false);
  });
});
