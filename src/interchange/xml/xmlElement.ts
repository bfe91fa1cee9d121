/** One element of a parsed document, with namespaces resolved. Plain data: safe to serialise. */
export interface XmlElement {
  /** Local name (no prefix). */
  readonly name: string;
  /** The resolved namespace URI, `undefined` when the element is in no namespace. */
  readonly namespace: string | undefined;
  /**
   * Attributes by unprefixed local name; attributes in a namespace as `{uri}local` (an unprefixed
   * attribute is in NO namespace, whatever the default namespace is). Namespace declarations
   * (`xmlns`, `xmlns:p`) are not attributes and are left out. Values are decoded and normalised.
   */
  readonly attributes: Readonly<Record<string, string>>;
  /** Child elements in document order (comments and processing instructions are dropped). */
  readonly children: readonly XmlElement[];
  /** Direct text and CDATA children concatenated as written (whitespace kept), references decoded. */
  readonly text: string;
  /** 1-based line of the start tag. */
  readonly line?: number;
  /**
   * Prefix -> namespace URI in scope at this element (`''` is the default namespace), present only when
   * parsed with `keepNamespaces`: formats whose attribute values are QNames (WS-BPEL `faultName`) need
   * it to resolve them. Shared between elements that declare nothing, so it costs one pointer each.
   */
  readonly namespaces?: ReadonlyMap<string, string | undefined>;
}
