import { XmlSecurityError } from '../errors';

/**
 * Cheap linear checks run on raw XML text BEFORE any parser sees it, so that a hostile input is refused
 * before anything is expanded, fetched or allocated per element.
 */

/**
 * Refuses input that is not text, or larger than `maxBytes` once encoded as UTF-8.
 *
 * One pass over the UTF-16 code units: a code unit below U+0080 is 1 byte, below U+0800 is 2 bytes, a
 * surrogate half is 2 bytes (a pair is 4) and anything else 3 bytes. The loop stops as soon as the
 * limit is passed, so a 1 GB string costs no more than `maxBytes` steps.
 *
 * @param input - what the caller handed us (typed `unknown` because JavaScript callers may pass bytes).
 * @param maxBytes - the largest accepted size in UTF-8 bytes.
 * @throws XmlSecurityError `binary-input` for a non-string, NUL or another control character XML 1.0
 *   forbids (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF); `too-large` above `maxBytes`.
 */
export function screenXmlText(input: unknown, maxBytes: number): void {
  if (typeof input !== 'string') {
    throw new XmlSecurityError('binary-input', 'The file is not text, so it cannot be XML.');
  }
  // Every code unit is at least one UTF-8 byte: long strings are refused without scanning them.
  if (input.length > maxBytes) {
    throw tooLarge(maxBytes);
  }
  let bytes = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) {
      throw new XmlSecurityError(
        'binary-input',
        `The file holds a binary control character (code ${code}) at offset ${i}: it is not an XML text file.`
      );
    }
    if (code === 0xfffe || code === 0xffff) {
      throw new XmlSecurityError('binary-input', `The file holds a non-character (U+${code.toString(16).toUpperCase()}) at offset ${i}.`);
    }
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
    if (bytes > maxBytes) {
      throw tooLarge(maxBytes);
    }
  }
}

/**
 * Refuses any DOCTYPE or markup declaration (`<!ENTITY`, `<!ELEMENT`, ...), wherever it appears outside
 * comments and CDATA sections.
 *
 * Why refuse every DOCTYPE rather than only dangerous ones: none of the formats we read (BPEL, XES,
 * BPMN) needs a DTD, and the DTD is where entity expansion ("billion laughs"), external entities
 * (`SYSTEM "file:///etc/passwd"`) and parameter entities live. Refusing the whole construct is simpler
 * to prove safe than filtering it.
 *
 * @throws XmlSecurityError `doctype` or `entity-declaration`.
 */
export function screenXmlDeclarations(input: string): void {
  let at = input.indexOf('<!');
  while (at !== -1) {
    let resumeFrom: number;
    if (input.startsWith('<!--', at)) {
      const end = input.indexOf('-->', at + 4);
      resumeFrom = end === -1 ? input.length : end + 3;
    } else if (input.startsWith('<![CDATA[', at)) {
      const end = input.indexOf(']]>', at + 9);
      resumeFrom = end === -1 ? input.length : end + 3;
    } else if (input.substr(at + 2, 7).toUpperCase() === 'DOCTYPE') {
      throw new XmlSecurityError(
        'doctype',
        'The file declares a DOCTYPE. DTDs, entity declarations and external references are refused for safety; remove the DOCTYPE and try again.'
      );
    } else {
      throw new XmlSecurityError(
        'entity-declaration',
        'The file holds a markup declaration (such as <!ENTITY>). Declarations are refused for safety; remove it and try again.'
      );
    }
    at = input.indexOf('<!', resumeFrom);
  }
}

function tooLarge(maxBytes: number): XmlSecurityError {
  return new XmlSecurityError('too-large', `The file is larger than the ${formatBytes(maxBytes)} this import accepts.`);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${bytes} bytes`;
}
