/** Namespaces and name rules shared by the BPEL export and import. */

export const BPEL_EXECUTABLE_NS = 'http://docs.oasis-open.org/wsbpel/2.0/process/executable';
export const BPEL_ABSTRACT_NS = 'http://docs.oasis-open.org/wsbpel/2.0/process/abstract';
/** BPEL4WS 1.1: recognised only to refuse it with a clear message. */
export const BPEL4WS_11_NS = 'http://schemas.xmlsoap.org/ws/2003/03/business-process/';
export const PLNK_NS = 'http://docs.oasis-open.org/wsbpel/2.0/plnktype';
export const WSDL_NS = 'http://schemas.xmlsoap.org/wsdl/';
export const XSD_NS = 'http://www.w3.org/2001/XMLSchema';
/** The project's own extension namespace; declared with mustUnderstand="no", so engines may ignore it. */
export const VN_BPEL_EXTENSION_NS = 'urn:valuenetworks:bpel-extension:1';
/** Abstract Process Profile for Observable Behavior (WS-BPEL 2.0, section 15.3). */
export const OBSERVABLE_BEHAVIOR_PROFILE = 'http://docs.oasis-open.org/wsbpel/2.0/process/abstract/ap11/2006/08';

/**
 * Turns any text into an XML NCName (what BPEL requires for names): characters outside
 * `[A-Za-z0-9._-]` become `_`, and a leading digit, `.` or `-` gets a `_` prefix. Empty text gives `_`.
 * ASCII only on purpose: engines differ in how far they accept non-ASCII names.
 */
export function toNcName(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/**
 * Gives each key a distinct NCName derived from its text, suffixing `_2`, `_3`... on collision, in the
 * order given. Pure: returns a new map.
 *
 * @param entries - `[key, text]` pairs; keys must be distinct.
 * @param reserved - names already taken (e.g. by fixed elements).
 */
export function uniqueNcNames(entries: ReadonlyArray<readonly [string, string]>, reserved: readonly string[] = []): Map<string, string> {
  const taken = new Set(reserved);
  const names = new Map<string, string>();
  for (const [key, text] of entries) {
    const base = toNcName(text);
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) {
      candidate = `${base}_${n}`;
    }
    taken.add(candidate);
    names.set(key, candidate);
  }
  return names;
}
