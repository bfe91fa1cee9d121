/**
 * Character data in and out of XML: decoding the five predefined entities and character references
 * (the only references a DOCTYPE-free document may hold), and escaping text for export.
 */

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);?/g;

/** Thrown by {@link decodeXmlReferences}; the caller knows the position and turns it into a typed error. */
export interface XmlReferenceProblem {
  readonly offset: number;
  readonly detail: string;
}

/**
 * Replaces `&lt; &gt; &amp; &quot; &apos;` and `&#NN;` / `&#xHH;` by the characters they stand for, in
 * one pass: the output is never scanned again, so `&amp;lt;` becomes `&lt;` and not `<`.
 *
 * @returns the decoded text, or a problem for a named reference other than the five predefined ones
 *   (undeclared, since DOCTYPEs are refused), a reference without `;`, or a character reference to a
 *   code point XML forbids (e.g. `&#0;`).
 */
export function decodeXmlReferences(text: string): string | XmlReferenceProblem {
  if (text.indexOf('&') === -1) {
    return text;
  }
  let problem: XmlReferenceProblem | undefined;
  const decoded = text.replace(REFERENCE, (whole: string, body: string, offset: number) => {
    if (problem !== undefined) {
      return whole;
    }
    if (!whole.endsWith(';')) {
      problem = { offset, detail: `the reference "${whole}" is not terminated by ";"` };
      return whole;
    }
    if (body.charAt(0) !== '#') {
      const named = PREDEFINED[body];
      if (named === undefined) {
        problem = { offset, detail: `the entity "&${body};" is not declared (only &lt; &gt; &amp; &quot; &apos; are allowed)` };
        return whole;
      }
      return named;
    }
    const codePoint = body.charAt(1) === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!isXmlChar(codePoint)) {
      problem = { offset, detail: `the character reference "${whole}" names a character XML does not allow` };
      return whole;
    }
    return String.fromCodePoint(codePoint);
  });
  return problem ?? decoded;
}

/**
 * Normalises an attribute value as XML 1.0 section 3.3.3 requires (each literal tab, CR or LF becomes a
 * space) and then decodes references, so `&#10;` survives as a line feed while a raw line break does not.
 */
export function decodeXmlAttribute(raw: string): string | XmlReferenceProblem {
  // Fast path: most attribute values hold nothing to normalise or decode.
  if (!/[\t\n\r&]/.test(raw)) {
    return raw;
  }
  return decodeXmlReferences(raw.replace(/\r\n|[\t\n\r]/g, ' '));
}

/**
 * Escapes text content for export: `&`, `<` and `>` (the last so that `]]>` can never appear).
 * Names such as `<script>` therefore travel as inert text.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes an attribute value for export inside double quotes. Tabs and line breaks become character
 * references so that they survive attribute-value normalisation on the way back in.
 */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}
