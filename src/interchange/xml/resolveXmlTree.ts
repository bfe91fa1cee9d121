import { MalformedXmlError, XmlSecurityError } from '../../core/errors';
import type { XmlElement } from './safeXml';
import { decodeXmlAttribute, decodeXmlReferences, XmlReferenceProblem } from './xmlText';

/** The namespace the `xml:` prefix is bound to by definition (Namespaces in XML 1.0, section 3). */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** The namespace of `xmlns` declarations themselves; never a real attribute namespace. */
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** One node of fast-xml-parser's `preserveOrder` output; keys are tag names or `#text`/`#cdata`/`#comment`. */
type OrderedNode = Record<string, unknown>;

/** Prefix -> URI in scope; `''` is the default namespace (`undefined` value: undeclared by `xmlns=""`). */
type Scope = ReadonlyMap<string, string | undefined>;

interface Context {
  readonly source: string;
  readonly lineStarts: readonly number[];
  readonly metaKey: symbol;
  readonly maxDepth: number;
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
 * @throws MalformedXmlError for an undeclared prefix, a reserved prefix misuse, an undeclared entity
 *   reference, a duplicate attribute after resolution, or a document without a root element.
 */
export function resolveXmlTree(ordered: readonly unknown[], source: string, metaKey: symbol, maxDepth: number): XmlElement {
  const context: Context = { source, lineStarts: lineStartOffsets(source), metaKey, maxDepth };
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
  const offset = startOffset(node, context);
  const fail = (detail: string): MalformedXmlError => {
    const { line, column } = position(offset, context);
    return new MalformedXmlError(line, column, detail);
  };

  const rawAttributes = (node[':@'] ?? {}) as Record<string, string>;
  const scope = declareNamespaces(rawAttributes, parentScope, fail);
  const { prefix, local } = splitName(qualifiedName);
  const namespace = scope.get(prefix);
  if (prefix !== '' && namespace === undefined) {
    throw fail(`the prefix "${prefix}" of <${qualifiedName}> is not declared`);
  }

  const attributes: Record<string, string> = {};
  for (const key of Object.keys(rawAttributes)) {
    const name = key.slice(2);
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      continue;
    }
    const split = splitName(name);
    let resolved = split.local;
    if (split.prefix !== '') {
      const uri = scope.get(split.prefix);
      if (uri === undefined) {
        throw fail(`the prefix "${split.prefix}" of attribute ${name} is not declared`);
      }
      resolved = `{${uri}}${split.local}`;
    }
    if (Object.prototype.hasOwnProperty.call(attributes, resolved)) {
      throw fail(`the attribute ${resolved} appears twice on <${qualifiedName}>`);
    }
    attributes[resolved] = decoded(decodeXmlAttribute(rawAttributes[key]), fail);
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
  return { name: local, namespace, attributes, children, text, line: position(offset, context).line };
}

function declareNamespaces(raw: Record<string, string>, parent: Scope, fail: (detail: string) => MalformedXmlError): Scope {
  let scope: Map<string, string | undefined> | undefined;
  for (const key of Object.keys(raw)) {
    const name = key.slice(2);
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) {
      continue;
    }
    const prefix = name === 'xmlns' ? '' : name.slice(6);
    const uri = decoded(decodeXmlAttribute(raw[key]), fail);
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

function splitName(qualifiedName: string): { prefix: string; local: string } {
  const colon = qualifiedName.indexOf(':');
  return colon === -1 ? { prefix: '', local: qualifiedName } : { prefix: qualifiedName.slice(0, colon), local: qualifiedName.slice(colon + 1) };
}

function startOffset(node: OrderedNode, context: Context): number {
  const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[context.metaKey];
  return meta?.startIndex ?? 0;
}

function lineStartOffsets(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) {
    starts.push(i + 1);
  }
  return starts;
}

/** Binary search of the line containing `offset`; both results are 1-based. */
function position(offset: number, context: Context): { line: number; column: number } {
  const starts = context.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}
