import type { XmlElement } from '../xml/safeXml';
import { BPEL_EXECUTABLE_NS } from './bpelNames';

/**
 * A parsed process with the parent of every element, so rules can look outwards (enclosing scopes,
 * handlers, flows) as well as inwards. `XmlElement` is plain data without parent pointers on purpose
 * (it is shared with the XES reader, where a back pointer per event would cost memory).
 */
export interface BpelTree {
  /** The namespace of the process element: executable or abstract WS-BPEL 2.0. */
  readonly ns: string;
  readonly process: XmlElement;
  readonly executable: boolean;
  /** Every element of the BPEL namespace, in document order (the process first). */
  readonly elements: readonly XmlElement[];
  readonly parents: ReadonlyMap<XmlElement, XmlElement>;
  /** Filled on first use by `resolve` (bpelScopes): per scope and declaration kind, declarations by name. */
  readonly declarationIndex: Map<XmlElement, Map<string, ReadonlyMap<string, XmlElement>>>;
}

/** Every activity element of WS-BPEL 2.0 (section 10 and 11); the rest are containers or parts of them. */
export const ACTIVITY_NAMES: ReadonlySet<string> = new Set([
  'assign', 'compensate', 'compensateScope', 'empty', 'exit', 'extensionActivity', 'flow', 'forEach', 'if', 'invoke', 'opaqueActivity',
  'pick', 'receive', 'repeatUntil', 'reply', 'rethrow', 'scope', 'sequence', 'throw', 'validate', 'wait', 'while'
]);

/** The value abstract processes use for a hidden attribute; it names nothing, so rules skip it. */
export const OPAQUE = '##opaque';

export function indexBpel(process: XmlElement): BpelTree {
  const ns = process.namespace ?? '';
  const elements: XmlElement[] = [];
  const parents = new Map<XmlElement, XmlElement>();
  const stack: XmlElement[] = [process];
  while (stack.length > 0) {
    const element = stack.pop() as XmlElement;
    if (element.namespace === ns) {
      elements.push(element);
    }
    for (let i = element.children.length - 1; i >= 0; i--) {
      parents.set(element.children[i], element);
      stack.push(element.children[i]);
    }
  }
  return { ns, process, executable: ns === BPEL_EXECUTABLE_NS, elements, parents, declarationIndex: new Map() };
}

/** BPEL children of `element` with one of `names` (all BPEL children when `names` is empty). */
export function kids(tree: BpelTree, element: XmlElement, ...names: string[]): XmlElement[] {
  return element.children.filter((c) => c.namespace === tree.ns && (names.length === 0 || names.includes(c.name)));
}

/** BPEL grandchildren through a container, e.g. `grandKids(tree, scope, 'variables', 'variable')`. */
export function grandKids(tree: BpelTree, element: XmlElement, container: string, item: string): XmlElement[] {
  return kids(tree, element, container).flatMap((c) => kids(tree, c, item));
}

/** The activity children of an element (structured activity, handler, branch). */
export function activityKids(tree: BpelTree, element: XmlElement): XmlElement[] {
  return kids(tree, element).filter((c) => ACTIVITY_NAMES.has(c.name));
}

/** Ancestors from the parent outwards to the process. */
export function ancestors(tree: BpelTree, element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (let current = tree.parents.get(element); current !== undefined; current = tree.parents.get(current)) {
    found.push(current);
  }
  return found;
}

/** Every BPEL element strictly inside `root`, document order. */
export function descendants(tree: BpelTree, root: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const stack = [...root.children].reverse();
  while (stack.length > 0) {
    const element = stack.pop() as XmlElement;
    if (element.namespace === tree.ns) {
      found.push(element);
    }
    for (let i = element.children.length - 1; i >= 0; i--) {
      stack.push(element.children[i]);
    }
  }
  return found;
}

/** True for a name that is present and not the abstract profile's `##opaque`. */
export function named(value: string | undefined): value is string {
  return value !== undefined && value !== OPAQUE;
}

/** `<receive>` or `<pick>` with createInstance="yes". */
export function isStartActivity(element: XmlElement): boolean {
  return (element.name === 'receive' || element.name === 'pick') && element.attributes.createInstance === 'yes';
}
