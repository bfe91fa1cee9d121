/**
 * Imported names and labels are stored as plain text. We do NOT HTML-escape or strip markup here:
 * `<script>` stays the literal text `<script>` and every renderer (React, Adaptive Cards) escapes on
 * output. Escaping at import time would double-escape in the UI and corrupt exports; stripping tags
 * would silently change data. What we do remove are characters that no legitimate name contains and
 * that can mislead a reader or a downstream tool: C0/C1 control characters (a NUL, a bell, an escape
 * sequence for a terminal) and the Unicode bidirectional overrides and isolates used to make text read
 * differently from how it is stored ("Trojan Source", CVE-2021-42574).
 */

// Tab, LF and CR become spaces (a name pasted from a multi-line cell); every other control goes.
// eslint-disable-next-line no-control-regex
const LINE_BREAKS_AND_TABS: RegExp = /[\t\n\r\v\f]+/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_AND_BIDI: RegExp = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SPACE_RUNS: RegExp = / {2,}/g;
// Printable ASCII, no edge spaces, no double spaces: nothing to clean. Most cells of most exports
// are like this, and one test is far cheaper than normalising and three replacements.
const ALREADY_CLEAN: RegExp = /^(?:[!-~]+(?: [!-~]+)*)?$/;

/**
 * Normalises one imported text value: Unicode NFC, line breaks and tabs to single spaces, control and
 * bidi-override characters removed, runs of spaces collapsed, trimmed.
 *
 * @param value - raw field text, any length
 * @returns the cleaned text; `''` when nothing printable remains (callers treat that as "missing")
 */
export function sanitizeText(value: string): string {
  if (ALREADY_CLEAN.test(value)) return value;
  return value
    .normalize('NFC')
    .replace(LINE_BREAKS_AND_TABS, ' ')
    .replace(CONTROLS_AND_BIDI, '')
    .replace(SPACE_RUNS, ' ')
    .trim();
}
