import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MalformedXmlError, XmlSecurityError } from '../errors';
import { screenXmlDeclarations, screenXmlText } from './screenXml';
import { resolveXmlTree } from './resolveXmlTree';
import type { XmlElement } from './xmlElement';

export type { XmlElement } from './xmlElement';


export interface SafeXmlOptions {
  /** Largest accepted input in UTF-8 bytes. Default {@link DEFAULT_MAX_XML_BYTES} (10 MB). */
  readonly maxBytes?: number;
  /** Deepest accepted element nesting (the root is depth 1). Default {@link DEFAULT_MAX_XML_DEPTH}; at most 4096. */
  readonly maxDepth?: number;
  /** Keep the namespace declarations in scope on every element ({@link XmlElement.namespaces}). Default false. */
  readonly keepNamespaces?: boolean;
}

/** 10 MB: a generous ceiling for blueprints and BPEL; XES logs pass a larger `maxBytes`. */
export const DEFAULT_MAX_XML_BYTES = 10 * 1024 * 1024;
/** 256 levels: BPEL and XES stay far below 50; deeper nesting is an attack or a bug. */
export const DEFAULT_MAX_XML_DEPTH = 256;
/** Hard ceiling for `maxDepth`, because the tree is resolved recursively (one stack frame per level). */
export const MAX_XML_DEPTH_CEILING = 4096;

/** The fast-xml-parser options behind {@link parseXmlSafely} (exported so the XES benchmark times the same parse). */
export const PARSER_OPTIONS = {
  preserveOrder: true,
  // Entities are never expanded by the parser; the five predefined ones are decoded by us in one pass.
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  removeNSPrefix: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
  captureMetaData: true
} as const;

/**
 * Parses XML text into an {@link XmlElement} tree after refusing anything unsafe.
 *
 * Order of checks, cheapest and most dangerous first: (1) not a string or a forbidden control
 * character, or over `maxBytes`; (2) any DOCTYPE or markup declaration (so no entity can ever be
 * expanded or fetched); (3) well-formedness with fast-xml-parser's validator (line and column);
 * (4) parsing with entity processing off and nesting capped at `maxDepth`; (5) namespace resolution
 * with proper scoping (an undeclared prefix is malformed). A leading byte-order mark is ignored.
 *
 * @param input - the document text (a JavaScript string; decode bytes as UTF-8 first).
 * @param options - size and depth limits; see {@link SafeXmlOptions}.
 * @returns the root element.
 * @throws XmlSecurityError (`binary-input`, `too-large`, `doctype`, `entity-declaration`, `too-deep`,
 *   `reserved-name`) or MalformedXmlError (1-based line and column).
 */
export function parseXmlSafely(input: string, options?: SafeXmlOptions): XmlElement {
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_XML_BYTES;
  const maxDepth = Math.min(options?.maxDepth ?? DEFAULT_MAX_XML_DEPTH, MAX_XML_DEPTH_CEILING);
  screenXmlText(input, maxBytes);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  screenXmlDeclarations(text);

  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    // The validator gives no column for some errors (an empty document): point at the line's start.
    throw new MalformedXmlError(validation.err.line, validation.err.col ?? 1, validation.err.msg);
  }

  let ordered: unknown[];
  try {
    ordered = new XMLParser({ ...PARSER_OPTIONS, maxNestedTags: maxDepth }).parse(text) as unknown[];
  } catch (error) {
    throw parserFailure(error, maxDepth);
  }
  const metaKey = XMLParser.getMetaDataSymbol() as unknown as symbol;
  return resolveXmlTree(ordered, text, metaKey, maxDepth, options?.keepNamespaces === true);
}

function parserFailure(error: unknown, maxDepth: number): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/nested tags/i.test(message)) {
    return new XmlSecurityError('too-deep', `The file nests elements deeper than ${maxDepth} levels.`);
  }
  if (/\[SECURITY\]/.test(message)) {
    return new XmlSecurityError('reserved-name', `The file uses a name that is refused for safety: ${message}`);
  }
  // The validator accepted the text, so any other parser complaint is still a malformed document.
  return new MalformedXmlError(1, 1, message);
}
