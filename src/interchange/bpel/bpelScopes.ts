import type { XmlElement } from '../xml/safeXml';
import { BpelTree, grandKids, named } from './bpelTree';

/** How a variable is typed: the attribute used (exactly one in a valid process) and its value. */
export interface VariableDeclaration {
  readonly name: string;
  /** The declaring element: `<variable>`, or the `<onEvent>`, `<forEach>` or `<catch>` that declares it implicitly. */
  readonly element: XmlElement;
  readonly typedBy: 'messageType' | 'type' | 'element' | undefined;
}

export type DeclarationKind = 'partnerLink' | 'variable' | 'correlationSet' | 'messageExchange';

const CONTAINERS: Record<DeclarationKind, string> = {
  partnerLink: 'partnerLinks',
  variable: 'variables',
  correlationSet: 'correlationSets',
  messageExchange: 'messageExchanges'
};

/** The `<partnerLink>`, `<variable>`, `<correlationSet>` or `<messageExchange>` elements a process or scope declares, in order. */
export function declaredIn(tree: BpelTree, scopeLike: XmlElement, kind: DeclarationKind): XmlElement[] {
  return grandKids(tree, scopeLike, CONTAINERS[kind], kind);
}

/** The variable type attribute used, when exactly one of messageType, type and element is present. */
export function typedBy(attributes: Readonly<Record<string, string>>): VariableDeclaration['typedBy'] {
  const used = (['messageType', 'type', 'element'] as const).filter((a) => attributes[a] !== undefined);
  return used.length === 1 ? used[0] : undefined;
}

/**
 * Finds the declaration a reference from `from` resolves to, following WS-BPEL's lexical scoping: the
 * nearest enclosing `<scope>` that declares the name wins, then its ancestors up to the `<process>`.
 * Implicit declarations count at the level of the scope they belong to: the variable of an `<onEvent>`
 * (and of its `<fromPart>`s) and the counter of a `<forEach>` in the scope they enclose, the fault
 * variable of a `<catch>` inside the catch (sections 11.7, 12.5, 12.7.1).
 *
 * @returns the declaring element, or `undefined` when no enclosing scope declares the name.
 */
export function resolve(tree: BpelTree, from: XmlElement, kind: DeclarationKind, name: string): XmlElement | undefined {
  for (let current: XmlElement | undefined = from; current !== undefined; current = tree.parents.get(current)) {
    if (current.namespace !== tree.ns) {
      continue;
    }
    if (current.name === 'scope' || current.name === 'process') {
      const found = declarationsByName(tree, current, kind).get(name);
      if (found !== undefined) {
        return found;
      }
      const implicit = kind === 'variable' ? implicitVariableOwner(tree, current, name) : undefined;
      if (implicit !== undefined) {
        return implicit;
      }
    } else if (kind === 'variable' && current.name === 'catch' && current !== from && current.attributes.faultVariable === name) {
      return current;
    }
  }
  return undefined;
}

/** Per scope and kind, declarations by name (the first of each name), built once per tree: a process may hold thousands of references. */
function declarationsByName(tree: BpelTree, scopeLike: XmlElement, kind: DeclarationKind): ReadonlyMap<string, XmlElement> {
  let kinds = tree.declarationIndex.get(scopeLike);
  if (kinds === undefined) {
    kinds = new Map();
    tree.declarationIndex.set(scopeLike, kinds);
  }
  let names = kinds.get(kind);
  if (names === undefined) {
    const built = new Map<string, XmlElement>();
    for (const d of declaredIn(tree, scopeLike, kind)) {
      const name = d.attributes.name;
      if (name !== undefined && !built.has(name)) {
        built.set(name, d);
      }
    }
    names = built;
    kinds.set(kind, names);
  }
  return names;
}

/** The `<onEvent>` or `<forEach>` around `scope` that implicitly declares `name` in it. */
function implicitVariableOwner(tree: BpelTree, scope: XmlElement, name: string): XmlElement | undefined {
  const owner = tree.parents.get(scope);
  if (owner === undefined || owner.namespace !== tree.ns) {
    return undefined;
  }
  if (owner.name === 'forEach' && owner.attributes.counterName === name) {
    return owner;
  }
  if (owner.name === 'onEvent' && implicitEventVariables(tree, owner).includes(name)) {
    return owner;
  }
  return undefined;
}

/** The variables an `<onEvent>` declares in its scope: its `variable` and its fromParts' `toVariable`s. */
export function implicitEventVariables(tree: BpelTree, onEvent: XmlElement): string[] {
  return [onEvent.attributes.variable, ...grandKids(tree, onEvent, 'fromParts', 'fromPart').map((p) => p.attributes.toVariable)].filter(named);
}

/** The type of a resolved variable, explicit or implicit. */
export function variableOf(declaration: XmlElement, name: string): VariableDeclaration {
  const a = declaration.attributes;
  if (declaration.name === 'forEach') {
    return { name, element: declaration, typedBy: 'type' };
  }
  if (declaration.name === 'catch') {
    return { name, element: declaration, typedBy: a.faultMessageType !== undefined ? 'messageType' : a.faultElement !== undefined ? 'element' : undefined };
  }
  if (declaration.name === 'onEvent' && a.variable !== name) {
    // A fromPart's toVariable: typed by the part, which only the WSDL knows.
    return { name, element: declaration, typedBy: undefined };
  }
  return { name, element: declaration, typedBy: typedBy(a) };
}

/** Every `<scope>` (and the process) in document order, the process first. */
export function scopesOf(tree: BpelTree): XmlElement[] {
  return tree.elements.filter((e) => e.name === 'process' || e.name === 'scope');
}

/** The partner links an activity's scope chain makes visible; used to list roles. */
export function partnerLinkDeclarations(tree: BpelTree): XmlElement[] {
  return scopesOf(tree).flatMap((s) => declaredIn(tree, s, 'partnerLink'));
}
