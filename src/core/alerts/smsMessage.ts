import { LEVEL_LABEL } from './alertNames';
import type { PlannedAlert } from './alertTypes';

/** E.164: a plus, a country code not starting with 0, at most 15 digits in all. */
export function isE164(phone: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(phone);
}

/**
 * A phone number as people write it in their Microsoft 365 profile (`+49 151 2345-6789`,
 * `+1 (425) 555-0100`, `+49 (0)151 23456789`, `0049 151 23456789`) in E.164, or `undefined` when it has
 * no country code (`0151 23456789`) or is not a phone number.
 */
export function phoneFromProfile(text: string): string | undefined {
  // "(0)" is the national trunk prefix some countries write after the country code; it is not dialled from abroad.
  const compact = text.trim().replace(/\(0\)/g, '').replace(/[\s\-()./]/g, '');
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  return isE164(international) ? international : undefined;
}

// The GSM 03.38 default alphabet and its extension table (each extension character takes two septets).
const GSM_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

/** How a text travels as SMS: its encoding, length in encoding units and number of segments. */
export interface SmsSegments {
  readonly encoding: 'GSM-7' | 'UCS-2';
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  readonly units: number;
  readonly segments: number;
}

/**
 * Segments of `text`: GSM-7 when every character is in the default alphabet (160 septets in one
 * segment, 153 per segment of a concatenated message), else UCS-2 (70 code units, 67 per segment).
 */
export function smsSegments(text: string): SmsSegments {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) septets += 1;
    else if (GSM_EXTENDED.includes(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: 'GSM-7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  const units = text.length;
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/**
 * The SMS of an alert, at most `maxSegments` segments: level, title and first line, shortened with
 * an ellipsis to fit, then the delivery reference (so a person can match it with the AlertLog).
 * A text message carries no link: Teams deep links are long and phones would shorten or flag them.
 *
 * @param maxSegments default 2 (306 GSM-7 characters, or 134 UCS-2)
 */
export function buildAlertSms(alert: PlannedAlert, deliveryId: string, maxSegments: number = 2): string {
  const tail = ` [ref ${deliveryId}]`;
  const first = alert.lines[0];
  let body = `${LEVEL_LABEL[alert.level]}: ${alert.title}${first !== undefined && alert.lines.length === 1 ? `. ${first.text}` : ''}`;
  const fits = (text: string): boolean => smsSegments(text).segments <= maxSegments;
  if (fits(body + tail)) return body + tail;
  // Shorten by code points until it fits, keeping an ellipsis (which makes the message UCS-2; "..." keeps GSM-7).
  const ellipsis = '...';
  let chars = Array.from(body);
  while (chars.length > 0 && !fits(chars.join('') + ellipsis + tail)) chars = chars.slice(0, Math.max(0, chars.length - Math.max(1, Math.ceil(chars.length / 20))));
  body = chars.join('').trimEnd();
  return body + ellipsis + tail;
}
