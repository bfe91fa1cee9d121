import type { BpelProblem } from '../../errors';
import type { XmlElement } from '../../xml/safeXml';
import { resolve, typedBy } from '../bpelScopes';
import { BpelTree, kids, named } from '../bpelTree';
import { problem } from './problem';

/** The variant of a from-spec or to-spec (section 8.4), or `undefined` when it matches none. */
type Variant = 'variable' | 'part' | 'property' | 'partnerLink' | 'expression' | 'literal' | 'empty';

/**
 * The `<copy>` of an `<assign>` (section 8.4): each end is one of the variants the specification
 * lists (SA00032), and a whole WSDL-message variable is copied only to or from a variable of the same
 * message type (SA00043, the cases decidable without the WSDL: compared by namespace-resolved QName).
 * Abstract processes may hide any part of a copy, so only executable processes are checked.
 */
export function checkCopies(tree: BpelTree): BpelProblem[] {
  if (!tree.executable) {
    return [];
  }
  const found: BpelProblem[] = [];
  for (const copy of tree.elements.filter((e) => e.name === 'copy')) {
    const from = kids(tree, copy, 'from')[0];
    const to = kids(tree, copy, 'to')[0];
    const ends = [from, to].filter((e): e is XmlElement => e !== undefined);
    const wrong = ends.find((end) => variantOf(tree, end) === undefined);
    if (wrong !== undefined) {
      found.push(
        problem(
          'SA00032',
          wrong,
          `This <${wrong.name}> mixes ways of naming a value (${describe(tree, wrong)}); use one: a variable (with part or query), a variable property, ` +
            `${wrong.name === 'from' ? 'a partner link endpointReference, an expression or a <literal>' : 'a partner link or an expression'}.`
        )
      );
      continue;
    }
    if (from !== undefined && to !== undefined) {
      found.push(...checkMessageCopy(tree, from, to));
    }
  }
  return found;
}

function variantOf(tree: BpelTree, end: XmlElement): Variant | undefined {
  const a = end.attributes;
  const has = (name: string): boolean => a[name] !== undefined;
  const children = kids(tree, end);
  const literal = children.filter((c) => c.name === 'literal');
  const query = children.filter((c) => c.name === 'query');
  const others = children.length - literal.length - query.length;
  const text = end.text.trim() !== '';
  if (others > 0 || query.length > 1 || literal.length > 1) {
    return undefined;
  }
  if (has('variable')) {
    if (has('property')) {
      return !has('part') && query.length === 0 && literal.length === 0 && !has('partnerLink') && !has('endpointReference') && !text ? 'property' : undefined;
    }
    return !has('partnerLink') && !has('endpointReference') && !has('expressionLanguage') && literal.length === 0 && !text ? (has('part') || query.length > 0 ? 'part' : 'variable') : undefined;
  }
  if (has('part') || has('property') || query.length > 0) {
    return undefined;
  }
  if (has('partnerLink')) {
    const reference = has('endpointReference');
    return (end.name === 'from' ? reference : !reference) && literal.length === 0 && !text && !has('expressionLanguage') ? 'partnerLink' : undefined;
  }
  if (has('endpointReference')) {
    return undefined;
  }
  if (literal.length === 1) {
    return end.name === 'from' && !text && !has('expressionLanguage') ? 'literal' : undefined;
  }
  return text ? 'expression' : has('expressionLanguage') ? undefined : 'empty';
}

function describe(tree: BpelTree, end: XmlElement): string {
  const parts = [...Object.keys(end.attributes).filter((k) => !k.startsWith('{')), ...kids(tree, end).map((c) => `<${c.name}>`)];
  if (end.text.trim() !== '') {
    parts.push('an expression');
  }
  return parts.join(', ');
}

/** SA00043 between two ends of known variants. */
function checkMessageCopy(tree: BpelTree, from: XmlElement, to: XmlElement): BpelProblem[] {
  const fromType = wholeVariableType(tree, from);
  const toType = wholeVariableType(tree, to);
  const fromVariant = variantOf(tree, from);
  const toVariant = variantOf(tree, to);
  const fromMessage = fromType?.typedBy === 'messageType';
  const toMessage = toType?.typedBy === 'messageType';
  if (fromMessage && toMessage) {
    return fromType.qname !== toType.qname
      ? [problem('SA00043', from, `The copy takes the whole message "${from.attributes.variable}" into "${to.attributes.variable}", a different message type; copy part by part instead.`)]
      : [];
  }
  // Decidable without the WSDL: a message on one side, and on the other a variable of a schema type or element, a part, a literal or an endpoint.
  const otherKnown = (type: typeof fromType, variant: Variant | undefined): boolean =>
    (type !== undefined && type.typedBy !== undefined) || variant === 'part' || variant === 'literal' || variant === 'partnerLink';
  if ((fromMessage && otherKnown(toType, toVariant)) || (toMessage && otherKnown(fromType, fromVariant))) {
    return [
      problem(
        'SA00043',
        from,
        `The copy puts ${fromMessage ? `the whole message variable "${from.attributes.variable}"` : 'a value that is not a message'} into ${toMessage ? `the whole message variable "${to.attributes.variable}"` : 'something that is not a message'}; copy a message only into a variable of the same message type, or copy its parts.`
      )
    ];
  }
  return [];
}

/** Declared type of a whole variable (no part, query or property), with its QName resolved by namespace. */
function wholeVariableType(tree: BpelTree, end: XmlElement): { typedBy: ReturnType<typeof typedBy>; qname: string } | undefined {
  const name = end.attributes.variable;
  if (!named(name) || variantOf(tree, end) !== 'variable') {
    return undefined;
  }
  const declaration = resolve(tree, end, 'variable', name);
  if (declaration === undefined || declaration.name !== 'variable') {
    return undefined;
  }
  const kind = typedBy(declaration.attributes);
  const value = kind === undefined ? undefined : declaration.attributes[kind];
  if (kind === undefined || value === undefined) {
    return undefined;
  }
  const colon = value.indexOf(':');
  const uri = declaration.namespaces?.get(colon === -1 ? '' : value.slice(0, colon)) ?? '';
  return { typedBy: kind, qname: `{${uri}}${value.slice(colon + 1)}` };
}
