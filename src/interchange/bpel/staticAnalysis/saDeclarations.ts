import type { BpelProblem } from '../../errors';
import type { XmlElement } from '../../xml/safeXml';
import { VN_BPEL_EXTENSION_NS } from '../bpelNames';
import { declaredIn, implicitEventVariables, resolve, scopesOf, variableOf } from '../bpelScopes';
import { BpelTree, grandKids, kids, named } from '../bpelTree';
import { problem, where } from './problem';

/**
 * Declarations and the references to them: names unique per scope (SA00018, SA00023, SA00044,
 * SA00092), well-formed partner links and variables (SA00016, SA00017, SA00024, SA00025), implicit
 * variables not redeclared (SA00076, SA00086), every reference resolved through the enclosing scopes
 * (SA00061, SA00084, SA00088, SA00089, and un-numbered ones for the other activities), assignments
 * that fit their declarations (SA00034 to SA00037), and mandatory extensions (SA00009).
 */
export function checkDeclarations(tree: BpelTree): BpelProblem[] {
  return [...checkExtensions(tree), ...scopesOf(tree).flatMap((scope) => checkScope(tree, scope)), ...checkImplicitVariables(tree), ...checkReferences(tree)];
}

function checkExtensions(tree: BpelTree): BpelProblem[] {
  return grandKids(tree, tree.process, 'extensions', 'extension')
    .filter((e) => e.attributes.mustUnderstand === 'yes' && e.attributes.namespace !== VN_BPEL_EXTENSION_NS)
    .map((e) =>
      problem('SA00009', e, `The process requires the extension ${e.attributes.namespace ?? '(no namespace)'} (mustUnderstand="yes"), which this importer does not support; remove it or set mustUnderstand="no" if the process can run without it.`)
    );
}

function checkScope(tree: BpelTree, scope: XmlElement): BpelProblem[] {
  const found: BpelProblem[] = [];
  const links = declaredIn(tree, scope, 'partnerLink');
  found.push(...duplicates(links, 'SA00018', (first) => `${where(scope)} declares the partner link "${first.attributes.name}" twice`));
  for (const link of links) {
    const a = link.attributes;
    if (tree.executable && a.myRole === undefined && a.partnerRole === undefined) {
      found.push(problem('SA00016', link, `The partner link "${a.name}" names neither myRole nor partnerRole; say which role the process plays, which the partner plays, or both.`));
    }
    if (a.initializePartnerRole !== undefined && a.partnerRole === undefined) {
      found.push(problem('SA00017', link, `The partner link "${a.name}" sets initializePartnerRole but has no partnerRole to initialise; remove the attribute or add the partner role.`));
    }
  }
  const variables = declaredIn(tree, scope, 'variable');
  found.push(...duplicates(variables, 'SA00023', (first) => `${where(scope)} declares the variable "${first.attributes.name}" twice`));
  for (const variable of variables) {
    const a = variable.attributes;
    const typeAttributes = ['messageType', 'type', 'element'].filter((n) => a[n] !== undefined);
    if (named(a.name) && a.name.includes('.')) {
      found.push(problem('SA00024', variable, `The variable name "${a.name}" contains a ".", which WS-BPEL reserves for parts and properties; rename it, e.g. "${a.name.replace(/\./g, '_')}".`));
    }
    // Abstract processes may leave the type out (it is then opaque), never give two.
    if (typeAttributes.length > 1 || (typeAttributes.length === 0 && tree.executable)) {
      found.push(
        problem(
          'SA00025',
          variable,
          typeAttributes.length === 0
            ? `The variable "${a.name}" has no type; give it exactly one of messageType, type or element.`
            : `The variable "${a.name}" has ${typeAttributes.join(' and ')}; give it exactly one of messageType, type or element.`
        )
      );
    }
  }
  found.push(...duplicates(declaredIn(tree, scope, 'correlationSet'), 'SA00044', (first) => `${where(scope)} declares the correlation set "${first.attributes.name}" twice`));
  found.push(...duplicates(enclosedScopes(tree, scope), 'SA00092', (first) => `${where(scope)} holds two scopes named "${first.attributes.name}"`));
  return found;
}

/** Scopes directly enclosed by `scope`: reached through its activities and handlers without passing another scope. */
export function enclosedScopes(tree: BpelTree, scope: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const stack = [...kids(tree, scope)].reverse();
  while (stack.length > 0) {
    const element = stack.pop() as XmlElement;
    if (element.name === 'scope') {
      found.push(element);
    } else {
      stack.push(...[...kids(tree, element)].reverse());
    }
  }
  return found;
}

/** The second and later elements of each name that occurs more than once (`##opaque` names nothing). */
function duplicates(elements: readonly XmlElement[], rule: string, sentence: (first: XmlElement) => string): BpelProblem[] {
  const firstByName = new Map<string, XmlElement>();
  const found: BpelProblem[] = [];
  for (const element of elements) {
    const name = element.attributes.name;
    if (!named(name)) {
      continue;
    }
    const first = firstByName.get(name);
    if (first === undefined) {
      firstByName.set(name, element);
    } else {
      found.push(problem(rule, element, `${sentence(first)} (lines ${first.line ?? '?'} and ${element.line ?? '?'}); give each its own name.`));
    }
  }
  return found;
}

function checkImplicitVariables(tree: BpelTree): BpelProblem[] {
  const found: BpelProblem[] = [];
  for (const element of tree.elements) {
    const scope = kids(tree, element, 'scope')[0];
    if (element.name === 'forEach' && scope !== undefined && named(element.attributes.counterName)) {
      const clash = declaredIn(tree, scope, 'variable').find((v) => v.attributes.name === element.attributes.counterName);
      if (clash !== undefined) {
        found.push(problem('SA00076', clash, `The scope of the forEach declares a variable "${clash.attributes.name}", the forEach's own counter; rename the variable or the counterName.`));
      }
    }
    if (element.name === 'onEvent') {
      if (named(element.attributes.variable) && element.attributes.variable.includes('.')) {
        found.push(problem('SA00024', element, `The onEvent variable name "${element.attributes.variable}" contains a ".", which WS-BPEL reserves for parts and properties; rename it.`));
      }
      if (scope !== undefined) {
        const implicit = implicitEventVariables(tree, element);
        for (const clash of declaredIn(tree, scope, 'variable').filter((v) => implicit.includes(v.attributes.name ?? ''))) {
          found.push(problem('SA00086', clash, `The variable "${clash.attributes.name}" is declared by the onEvent already (its message variable); remove this declaration from the event's scope.`));
        }
      }
    }
    if (element.name === 'catch' && named(element.attributes.faultVariable) && element.attributes.faultVariable.includes('.')) {
      found.push(problem('SA00024', element, `The fault variable name "${element.attributes.faultVariable}" contains a ".", which WS-BPEL reserves for parts and properties; rename it.`));
    }
  }
  return found;
}

const MESSAGE_ACTIVITIES = new Set(['invoke', 'receive', 'reply', 'onMessage', 'onEvent']);
const VARIABLE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  receive: ['variable'],
  reply: ['variable'],
  onMessage: ['variable'],
  invoke: ['inputVariable', 'outputVariable'],
  throw: ['faultVariable'],
  fromPart: ['toVariable'],
  toPart: ['fromVariable'],
  from: ['variable'],
  to: ['variable']
};

function checkReferences(tree: BpelTree): BpelProblem[] {
  const found: BpelProblem[] = [];
  for (const element of tree.elements) {
    const a = element.attributes;
    const onEvent = element.name === 'onEvent';
    if (MESSAGE_ACTIVITIES.has(element.name) && named(a.partnerLink) && resolve(tree, element, 'partnerLink', a.partnerLink) === undefined) {
      found.push(unresolved(onEvent ? 'SA00084' : undefined, element, 'partner link', a.partnerLink));
    }
    if (MESSAGE_ACTIVITIES.has(element.name) && named(a.messageExchange) && resolve(tree, element, 'messageExchange', a.messageExchange) === undefined) {
      found.push(unresolved(onEvent ? 'SA00089' : 'SA00061', element, 'message exchange', a.messageExchange));
    }
    if (element.name === 'correlation' && named(a.set)) {
      const activity = correlatedActivity(tree, element);
      if (activity !== undefined && resolve(tree, activity.name === 'onEvent' ? (kids(tree, activity, 'scope')[0] ?? activity) : activity, 'correlationSet', a.set) === undefined) {
        found.push(unresolved(activity.name === 'onEvent' ? 'SA00088' : undefined, element, 'correlation set', a.set));
      }
    }
    // Abstract processes may omit variable declarations altogether (their data is opaque).
    // An onEvent's fromParts declare their variables rather than use them.
    if (tree.executable && !(element.name === 'fromPart' && correlatedActivity(tree, element)?.name === 'onEvent')) {
      for (const attribute of VARIABLE_ATTRIBUTES[element.name] ?? []) {
        const name = a[attribute];
        if (named(name) && resolve(tree, element, 'variable', name) === undefined) {
          found.push(unresolved(undefined, element, 'variable', name));
        }
      }
    }
    if (element.name === 'from' || element.name === 'to') {
      found.push(...checkAssignEnd(tree, element));
    }
  }
  return found;
}

/** The activity a `<correlation>`, `<fromPart>` or `<toPart>` belongs to (through its container). */
function correlatedActivity(tree: BpelTree, correlation: XmlElement): XmlElement | undefined {
  const container = tree.parents.get(correlation);
  return container === undefined ? undefined : tree.parents.get(container);
}

function unresolved(rule: string | undefined, element: XmlElement, what: string, name: string): BpelProblem {
  return problem(rule, element, `<${element.name}> names the ${what} "${name}", which neither its scope nor any enclosing scope declares; declare it in the process or an enclosing <scope>, or fix the name.`);
}

/** `<from>` and `<to>` of a copy: part only on message variables, endpoint references the partner link has. */
function checkAssignEnd(tree: BpelTree, end: XmlElement): BpelProblem[] {
  const a = end.attributes;
  const found: BpelProblem[] = [];
  if (named(a.variable) && a.part !== undefined) {
    const declaration = resolve(tree, end, 'variable', a.variable);
    const type = declaration === undefined ? undefined : variableOf(declaration, a.variable).typedBy;
    if (type === 'type' || type === 'element') {
      found.push(problem('SA00034', end, `<${end.name}> selects part "${a.part}" of the variable "${a.variable}", which is declared by ${type}, not by a WSDL message, so it has no parts; remove the part attribute.`));
    }
  }
  if (named(a.partnerLink)) {
    const link = resolve(tree, end, 'partnerLink', a.partnerLink);
    if (link !== undefined) {
      const reference = end.name === 'to' ? 'partnerRole' : a.endpointReference;
      if (reference === 'myRole' && link.attributes.myRole === undefined) {
        found.push(problem('SA00035', end, `<from> reads the myRole endpoint of the partner link "${a.partnerLink}", which has no myRole; use partnerRole or add myRole to the partner link.`));
      } else if (reference === 'partnerRole' && link.attributes.partnerRole === undefined) {
        found.push(
          problem(
            end.name === 'to' ? 'SA00037' : 'SA00036',
            end,
            end.name === 'to'
              ? `<to> assigns the partner link "${a.partnerLink}", which has no partnerRole to receive an endpoint; add a partnerRole to it.`
              : `<from> reads the partnerRole endpoint of the partner link "${a.partnerLink}", which has no partnerRole; use myRole or add partnerRole to the partner link.`
          )
        );
      }
    }
  }
  return found;
}
