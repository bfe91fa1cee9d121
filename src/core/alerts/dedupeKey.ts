/** SharePoint single-line text holds 255 characters; the AlertLog's unique key must fit. */
export const MAX_DEDUPE_KEY_LENGTH = 255;

/** 32-bit FNV-1a of UTF-16 code units, as 8 hex digits: short, stable, no platform crypto needed. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The AlertLog key of an alert: `opportunity|rule|deviation|window`. The same finding in the same
 * window always gives the same key, so recording it twice is refused by the unique index. A key longer
 * than {@link MAX_DEDUPE_KEY_LENGTH} keeps its start and ends with a hash of the whole key.
 */
export function dedupeKey(opportunityId: string, ruleId: string, finding: string, window: string): string {
  const key = [opportunityId, ruleId, finding, window].join('|');
  if (key.length <= MAX_DEDUPE_KEY_LENGTH) return key;
  return `${key.slice(0, MAX_DEDUPE_KEY_LENGTH - 9)}#${fnv1a(key)}`;
}
