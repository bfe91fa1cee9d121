import { buildAlertSms, isE164, smsSegments } from '../../../src/core/alerts/smsMessage';
import { IMMEDIATE } from '../../fixtures/alerts/plannedAlerts';

describe('SMS text', () => {
  it('accepts E.164 numbers only', () => {
    expect(['+4915112345678', '+14255550123'].map(isE164)).toEqual([true, true]);
    expect(['015112345678', '+0151123456', '+49 151 1234', '+1234567890123456', ''].map(isE164)).toEqual([false, false, false, false, false]);
  });

  it('counts GSM-7 septets (extension characters twice) and UCS-2 code units into segments', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsSegments('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
    expect(smsSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsSegments('a'.repeat(306))).toEqual({ encoding: 'GSM-7', units: 306, segments: 2 });
    expect(smsSegments(`„${'a'.repeat(69)}`)).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(smsSegments(`„${'a'.repeat(70)}`)).toEqual({ encoding: 'UCS-2', units: 71, segments: 2 });
  });

  it('says level, title and the finding, and shortens a long alert to the segment budget with its reference kept', () => {
    expect(buildAlertSms(IMMEDIATE, 'vn1234abcd')).toBe('High: Missing: Acme & Co "big" deal. Business case <b>missing</b> *now* [ref vn1234abcd]');
    const long = { ...IMMEDIATE, lines: [{ ...IMMEDIATE.lines[0], text: 'x'.repeat(500) }] };
    const text = buildAlertSms(long, 'vn1234abcd');
    // The reference's brackets are GSM-7 extension characters: two septets each.
    expect(smsSegments(text)).toEqual({ encoding: 'GSM-7', units: text.length + 2, segments: 2 });
    expect(text.endsWith('... [ref vn1234abcd]')).toBe(true);
    expect(text.length).toBeGreaterThan(290);
    expect(smsSegments(buildAlertSms(long, 'vn1234abcd', 1)).segments).toBe(1);
  });
});
