import { buildAlertSms, isE164, phoneFromProfile, smsSegments } from '../../../src/core/alerts/smsMessage';
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

describe('phoneFromProfile', () => {
  it('reads the numbers people type into their profile as E.164, and refuses those without a country code', () => {
    const read = (texts: string[]): (string | undefined)[] => texts.map((t) => phoneFromProfile(t));
    expect(read(['+49 151 2345 6789', '+1 (425) 555-0100', '+49 (0)151 23456789', '0049 151 23456789', '+44.20.7946.0958', ' +33 1/23 45 67 89 '])).toEqual(['+4915123456789', '+14255550100', '+4915123456789', '+4915123456789', '+442079460958', '+33123456789']);
    expect(read(['0151 23456789', '(425) 555-0100', 'ask my assistant', '+0 151 2345', ''])).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
