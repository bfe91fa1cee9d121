import { MalformedXmlError, XmlSecurityError } from '../errors';
import type { XmlElement } from './xmlElement';
import { decodeXmlAttribute, decodeXmlReferences, XmlReferenceProblem } from './xmlText';

/** The namespace the `xml:` prefix is bound to by definition (Namespaces in XML 1.0, section 3). */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** The namespace of `xmlns` declarations themselves; never a real attribute namespace. */
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** One node of fast-xml-parser's `preserveOrder` output; keys are tag names or `#text`/`#cdata`/`#comment`. */
type OrderedNode = Record<string, unknown>;

/** Prefix -> URI in scope; `''` is the default namespace (`undefined` value: undeclared by `xmlns=""`). */
type Scope = ReadonlyMap<string, string | undefined>;

/** A qualified name split at its first colon. */
interface SplitName {
  readonly prefix: string;
  readonly local: string;
}

/** A raw attribute key (`@_name`) read once per document: a namespace declaration or an attribute. */
interface AttributeKey {
  /** The name as written, without the parser's `@_`. */
  readonly name: string;
  /** The declared prefix (`''` for `xmlns`), when the key is a namespace declaration. */
  readonly declares: string | undefined;
  readonly split: SplitName;
}

interface Context {
  readonly source: string;
  readonly metaKey: symbol;
  readonly maxDepth: number;
  readonly keepNamespaces: boolean;
  // Names repeat on every element of a large document (XES: `event`, `string`, `key`, `value`), so
  // each distinct one is split once per document rather than once per occurrence.
  readonly names: Map<string, SplitName>;
  readonly attributeKeys: Map<string, AttributeKey>;
  /** Where the line count last stopped: elements come in document order, so lines are counted once. */
  readonly cursor: { offset: number; line: number; lineStart: number };
}

/**
 * Turns fast-xml-parser's ordered output into {@link XmlElement}s, resolving every element and
 * attribute name against the namespace declarations in scope (inherited from ancestors, overridden by
 * redeclarations on the element itself). Matching is always by URI: prefixes are discarded.
 *
 * @param ordered - the parser's top-level node list (declaration, comments, exactly one element).
 * @param source - the parsed text, used only to turn start offsets into line and column numbers.
 * @param metaKey - the parser's metadata symbol carrying each element's start offset.
 * @param maxDepth - the depth limit, re-checked here because recursion depth equals element depth.
 * @param keepNamespaces - attach the namespace declarations in scope to each element (see `XmlElement.namespaces`).
 * @throws MalformedXmlError for an undeclared prefix, a reserved prefix misuse, an undeclared entity
 *   reference, a duplicate attribute after resolution, or a document without a root element.
 */
export function resolveXmlTree(ordered: readonly unknown[], source: string, metaKey: symbol, maxDepth: number, keepNamespaces = false): XmlElement {
  const context: Context = { source, metaKey, maxDepth, keepNamespaces, names: new Map(), attributeKeys: new Map(), cursor: { offset: 0, line: 1, lineStart: 0 } };
  const rootScope: Scope = new Map<string, string | undefined>([['xml', XML_NAMESPACE]]);
  for (const node of ordered) {
    const tag = tagOf(node as OrderedNode);
    if (tag !== undefined && !isSpecial(tag)) {
      return resolveElement(node as OrderedNode, tag, rootScope, 1, context);
    }
  }
  throw new MalformedXmlError(1, 1, 'the document has no root element');
}

function resolveElement(node: OrderedNode, qualifiedName: string, parentScope: Scope, depth: number, context: Context): XmlElement {
  if (depth > context.maxDepth) {
    throw new XmlSecurityError('too-deep', `The file nests elements deeper than ${context.maxDepth} levels.`);
  }
  const { line, column } = position(startOffset(node, context), context);
  const fail = (detail: string): MalformedXmlError => new MalformedXmlError(line, column, detail);

  const rawAttributes = (node[':@'] ?? {}) as Record<string, string>;
  const rawKeys = Object.keys(rawAttributes);
  const keys = rawKeys.map((key) => attributeKeyOf(key, context));
  const scope = declareNamespaces(rawAttributes, rawKeys, keys, parentScope, fail);
  const { prefix, local } = splitName(qualifiedName, context);
  const namespace = scope.get(prefix);
  if (prefix !== '' && namespace === undefined) {
    throw fail(`the prefix "${prefix}" of <${qualifiedName}> is not declared`);
  }

  const attributes: Record<string, string> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key.declares !== undefined) {
      continue;
    }
    const split = key.split;
    let resolved = split.local;
    if (split.prefix !== '') {
      const uri = scope.get(split.prefix);
      if (uri === undefined) {
        throw fail(`the prefix "${split.prefix}" of attribute ${key.name} is not declared`);
      }
      resolved = `{${uri}}${split.local}`;
    }
    if (Object.prototype.hasOwnProperty.call(attributes, resolved)) {
      throw fail(`the attribute ${resolved} appears twice on <${qualifiedName}>`);
    }
    attributes[resolved] = decoded(decodeXmlAttribute(rawAttributes[rawKeys[i]]), fail);
  }

  const children: XmlElement[] = [];
  let text = '';
  for (const child of (node[qualifiedName] ?? []) as OrderedNode[]) {
    const tag = tagOf(child);
    if (tag === '#text') {
      text += decoded(decodeXmlReferences(String(child[tag])), fail);
    } else if (tag === '#cdata') {
      // CDATA is literal: no reference decoding.
      text += ((child[tag] ?? []) as OrderedNode[]).map((part) => String(part['#text'] ?? '')).join('');
    } else if (tag !== undefined && !isSpecial(tag)) {
      children.push(resolveElement(child, tag, scope, depth + 1, context));
    }
  }
  return context.keepNamespaces ? { name: local, namespace, attributes, children, text, line, namespaces: scope } : { name: local, namespace, attributes, children, text, line };
}

function declareNamespaces(
  raw: Record<string, string>,
  rawKeys: readonly string[],
  keys: readonly AttributeKey[],
  parent: Scope,
  fail: (detail: string) => MalformedXmlError
): Scope {
  let scope: Map<string, string | undefined> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const prefix = keys[i].declares;
    if (prefix === undefined) {
      continue;
    }
    const name = keys[i].name;
    const uri = decoded(decodeXmlAttribute(raw[rawKeys[i]]), fail);
    if (prefix === 'xmlns' || (prefix === 'xml') !== (uri === XML_NAMESPACE) || uri === XMLNS_NAMESPACE) {
      throw fail(`the namespace declaration ${name}="${uri}" misuses a reserved prefix or namespace`);
    }
    if (prefix !== '' && uri === '') {
      throw fail(`the prefix "${prefix}" cannot be undeclared with an empty namespace in XML 1.0`);
    }
    // Copy on write: most elements declare nothing and share their parent's scope.
    scope = scope ?? new Map(parent);
    scope.set(prefix, uri === '' ? undefined : uri);
  }
  return scope ?? parent;
}

function attributeKeyOf(rawKey: string, context: Context): AttributeKey {
  const known = context.attributeKeys.get(rawKey);
  if (known !== undefined) {
    return known;
  }
  const name = rawKey.slice(2);
  const declares = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice(6) : undefined;
  const key: AttributeKey = { name, declares, split: splitName(name, context) };
  context.attributeKeys.set(rawKey, key);
  return key;
}

function decoded(value: string | XmlReferenceProblem, fail: (detail: string) => MalformedXmlError): string {
  if (typeof value === 'string') {
    return value;
  }
  throw fail(value.detail);
}

function tagOf(node: OrderedNode): string | undefined {
  // A node has its tag key and at most the ':@' attribute key; a for-in avoids allocating a key array.
  for (const key in node) {
    if (key !== ':@' && Object.prototype.hasOwnProperty.call(node, key)) {
      return key;
    }
  }
  return undefined;
}

function isSpecial(tag: string): boolean {
  return tag === '#text' || tag === '#cdata' || tag === '#comment' || tag.charAt(0) === '?';
}

function splitName(qualifiedName: string, context: Context): SplitName {
  const known = context.names.get(qualifiedName);
  if (known !== undefined) {
    return known;
  }
  const colon = qualifiedName.indexOf(':');
  const split = colon === -1 ? { prefix: '', local: qualifiedName } : { prefix: qualifiedName.slice(0, colon), local: qualifiedName.slice(colon + 1) };
  context.names.set(qualifiedName, split);
  return split;
}

function startOffset(node: OrderedNode, context: Context): number {
  const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[context.metaKey];
  return meta?.startIndex ?? 0;
}

/**
 * Line and column (both 1-based) of `offset`. Elements are resolved in document order, so the line
 * count continues from the previous element: one pass over the text in all, instead of a table of
 * every line start and a binary search per element. An offset before the previous one (not expected)
 * restarts the count from the top.
 */
function position(offset: number, context: Context): { line: number; column: number } {
  const cursor = context.cursor;
  if (offset < cursor.offset) {
    cursor.offset = 0;
    cursor.line = 1;
    cursor.lineStart = 0;
  }
  const source = context.source;
  for (let i = source.indexOf('\n', cursor.offset); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    cursor.line += 1;
    cursor.lineStart = i + 1;
  }
  cursor.offset = offset;
  return { line: cursor.line, column: offset - cursor.lineStart + 1 };
}
