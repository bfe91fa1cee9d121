import type { BpelProblem } from '../../errors';
import type { XmlElement } from '../../xml/safeXml';
import { ancestors, BpelTree, grandKids, kids, named } from '../bpelTree';
import { problem } from './problem';
import { checkStartActivities } from './saStart';
import { enclosedScopes } from './saDeclarations';

/** Fault, compensation and termination handlers (FCT-handlers, section 12). */
const FCT = new Set(['catch', 'catchAll', 'compensationHandler', 'terminationHandler']);

/**
 * Activity and handler shape: message parts given once (SA00051, SA00052, SA00055, SA00059,
 * SA00063, SA00085, SA00090), instantiation (SA00015, SA00056, SA00057, SA00062), where rethrow and
 * compensation may run (SA00006 to SA00008, SA00077 to SA00079), handlers that hold something
 * (SA00080, SA00081, SA00083, SA00093), isolated scopes (SA00091), forEach counters (SA00074,
 * SA00075) and the copy operation's literal and to-spec (SA00033, SA00038).
 */
export function checkActivities(tree: BpelTree): BpelProblem[] {
  const found: BpelProblem[] = [];
  for (const element of tree.elements) {
    found.push(...checkMessageData(tree, element), ...checkHandlerUse(tree, element), ...checkShape(tree, element));
  }
  found.push(...checkStartActivities(tree));
  return found;
}

function checkMessageData(tree: BpelTree, element: XmlElement): BpelProblem[] {
  const a = element.attributes;
  const fromParts = grandKids(tree, element, 'fromParts', 'fromPart').length > 0;
  const toParts = grandKids(tree, element, 'toParts', 'toPart').length > 0;
  const both = (rule: string, attribute: string, parts: string): BpelProblem =>
    problem(rule, element, `<${element.name}> has both ${attribute}="${a[attribute]}" and <${parts}>; pass the message either as one variable or part by part, not both.`);
  switch (element.name) {
    case 'invoke':
      return [
        ...(a.inputVariable !== undefined && toParts ? [both('SA00051', 'inputVariable', 'toParts')] : []),
        ...(a.outputVariable !== undefined && fromParts ? [both('SA00052', 'outputVariable', 'fromParts')] : [])
      ];
    case 'receive':
      return a.variable !== undefined && fromParts ? [both('SA00055', 'variable', 'fromParts')] : [];
    case 'onMessage':
      return a.variable !== undefined && fromParts ? [both('SA00063', 'variable', 'fromParts')] : [];
    case 'reply':
      return a.variable !== undefined && toParts ? [both('SA00059', 'variable', 'toParts')] : [];
    case 'onEvent': {
      const typed = ['variable', 'messageType', 'element'].filter((n) => a[n] !== undefined);
      if (fromParts && typed.length > 0) {
        return [problem('SA00085', element, `<onEvent> has <fromParts> and ${typed.join(', ')}; with fromParts, leave out variable, messageType and element.`)];
      }
      if (named(a.variable) && a.messageType === undefined && a.element === undefined) {
        return [problem('SA00090', element, `<onEvent> declares the variable "${a.variable}" without its type; add messageType (or element for a single-part message).`)];
      }
      return [];
    }
    default:
      return [];
  }
}

function checkHandlerUse(tree: BpelTree, element: XmlElement): BpelProblem[] {
  if (element.name !== 'rethrow' && element.name !== 'compensate' && element.name !== 'compensateScope') {
    return [];
  }
  const handler = ancestors(tree, element).find((e) => FCT.has(e.name));
  if (element.name === 'rethrow' && handler?.name !== 'catch' && handler?.name !== 'catchAll') {
    return [problem('SA00006', element, '<rethrow> is outside a fault handler; it can only rethrow the fault a <catch> or <catchAll> is handling.')];
  }
  if (handler === undefined) {
    return [
      problem(
        element.name === 'compensate' ? 'SA00008' : 'SA00007',
        element,
        `<${element.name}> is outside fault, compensation and termination handlers; compensation can only be started from one of them.`
      )
    ];
  }
  if (element.name === 'compensateScope' && named(element.attributes.target)) {
    return checkCompensateTarget(tree, element, handler);
  }
  return [];
}

/** The target of compensateScope: a scope (or invoke with handlers) immediately enclosed by the handler's scope (SA00077, SA00078). */
function checkCompensateTarget(tree: BpelTree, element: XmlElement, handler: XmlElement): BpelProblem[] {
  const target = element.attributes.target ?? '';
  const container = handler.name === 'catch' || handler.name === 'catchAll' ? tree.parents.get(handler) : handler;
  const owner = container === undefined ? undefined : tree.parents.get(container);
  if (owner === undefined || owner.name === 'invoke') {
    return [problem('SA00077', element, `<compensateScope target="${target}"> is in a handler of an <invoke>, which encloses no scope to compensate.`)];
  }
  const primary = kids(tree, owner).filter((k) => !['faultHandlers', 'compensationHandler', 'terminationHandler'].includes(k.name));
  const candidates = primary.flatMap((k) => (k.name === 'scope' ? [k] : [...enclosedScopes(tree, k), ...invokesOutsideScopes(tree, k)]));
  const match = candidates.find((c) => c.attributes.name === target);
  if (match === undefined) {
    return [problem('SA00077', element, `<compensateScope target="${target}"> names no scope directly inside the scope whose handler holds it; name one of its immediately enclosed scopes.`)];
  }
  const compensable = match.name === 'scope' || kids(tree, match, 'catch', 'catchAll', 'compensationHandler').length > 0;
  return compensable ? [] : [problem('SA00078', element, `<compensateScope target="${target}"> names an <${match.name}> without fault or compensation handlers, which has nothing to compensate.`)];
}

function invokesOutsideScopes(tree: BpelTree, root: XmlElement): XmlElement[] {
  if (root.name === 'invoke') {
    return [root];
  }
  return root.name === 'scope' ? [] : kids(tree, root).flatMap((k) => invokesOutsideScopes(tree, k));
}

function checkShape(tree: BpelTree, element: XmlElement): BpelProblem[] {
  const a = element.attributes;
  switch (element.name) {
    case 'faultHandlers':
      return kids(tree, element, 'catch', 'catchAll').length === 0
        ? [problem('SA00080', element, '<faultHandlers> holds no <catch> or <catchAll>; add one or remove the empty element.')]
        : checkCatches(tree, element);
    case 'eventHandlers':
      return kids(tree, element, 'onEvent', 'onAlarm').length === 0
        ? [problem('SA00083', element, '<eventHandlers> holds no <onEvent> or <onAlarm>; add one or remove the empty element.')]
        : [];
    case 'scope':
      return a.isolated === 'yes' && ancestors(tree, element).some((s) => s.name === 'scope' && s.attributes.isolated === 'yes')
        ? [problem('SA00091', element, `The isolated scope "${a.name ?? ''}" is inside another isolated scope; isolated scopes cannot nest, so set isolated="no" on one of them.`)]
        : [];
    case 'catch':
    case 'catchAll':
    case 'compensationHandler':
    case 'terminationHandler':
      return [...(element.name === 'catch' ? checkCatchVariable(element) : []), ...checkRootScopes(tree, element)];
    case 'pick':
      return a.createInstance === 'yes' && kids(tree, element, 'onAlarm').length > 0
        ? [problem('SA00062', kids(tree, element, 'onAlarm')[0], 'A <pick> that starts the process cannot wait for an alarm: only messages can create an instance. Remove the <onAlarm> or createInstance.')]
        : [];
    case 'forEach':
      return checkForEach(tree, element);
    case 'literal':
      return literalItems(element) > 1 ? [problem('SA00038', element, 'The <literal> holds more than one element (or an element and text); a literal must be a single element or text.')] : [];
    case 'to':
      return tree.executable && element.attributes.variable === undefined && element.attributes.partnerLink === undefined && element.text.trim() !== '' && !element.text.trim().startsWith('$')
        ? [problem('SA00033', element, `The <to> expression "${element.text.trim()}" does not start with a variable reference; write it as $variable... so it names where the value goes.`)]
        : [];
    default:
      return [];
  }
}

function checkCatches(tree: BpelTree, handlers: XmlElement): BpelProblem[] {
  const seen = new Set<string>();
  const found: BpelProblem[] = [];
  for (const c of kids(tree, handlers, 'catch')) {
    const key = ['faultName', 'faultMessageType', 'faultElement'].map((n) => c.attributes[n] ?? '').join('\u0000');
    if (seen.has(key)) {
      found.push(problem('SA00093', c, `Two <catch> elements catch the same fault${c.attributes.faultName === undefined ? '' : ` "${c.attributes.faultName}"`} with the same data; merge them.`));
    }
    seen.add(key);
  }
  return found;
}

function checkCatchVariable(c: XmlElement): BpelProblem[] {
  const a = c.attributes;
  const types = ['faultMessageType', 'faultElement'].filter((n) => a[n] !== undefined);
  if (a.faultVariable !== undefined ? types.length !== 1 : types.length > 0) {
    return [
      problem(
        'SA00081',
        c,
        a.faultVariable !== undefined
          ? `The <catch> fault variable "${a.faultVariable}" needs exactly one of faultMessageType and faultElement to give it a type.`
          : `The <catch> has ${types.join(' and ')} without faultVariable; add the variable that receives the fault data, or remove the type.`
      )
    ];
  }
  return [];
}

/** The outermost scopes inside a handler must not have a compensation handler (SA00079): nothing could ever run it. */
function checkRootScopes(tree: BpelTree, handler: XmlElement): BpelProblem[] {
  return enclosedScopes(tree, handler)
    .filter((s) => kids(tree, s, 'compensationHandler').length > 0)
    .map((s) => problem('SA00079', kids(tree, s, 'compensationHandler')[0], `The scope "${s.attributes.name ?? ''}" directly inside a <${handler.name}> has a compensation handler, which can never run there; remove it.`));
}

function literalItems(literal: XmlElement): number {
  return literal.children.length + (literal.text.trim() !== '' && literal.children.length > 0 ? 1 : 0);
}

const UNSIGNED_INT_MAX = 4294967295;

/** The value of a constant counter expression (`3`, `'3'`, `"3"`), else `undefined`: only constants can be checked before running. */
function constant(text: string): number | undefined {
  const match = /^\s*(?:'([^']*)'|"([^"]*)"|([-+]?\d+(?:\.\d*)?))\s*$/.exec(text);
  if (match === null) {
    return undefined;
  }
  const literal = (match[1] ?? match[2] ?? match[3]).trim();
  return /^[-+]?\d+(\.\d*)?$/.test(literal) ? Number(literal) : Number.NaN;
}

function checkForEach(tree: BpelTree, forEach: XmlElement): BpelProblem[] {
  const found: BpelProblem[] = [];
  const values: Array<number | undefined> = [];
  for (const name of ['startCounterValue', 'finalCounterValue']) {
    const expression = kids(tree, forEach, name)[0];
    const value = expression === undefined ? undefined : constant(expression.text);
    values.push(value);
    if (expression !== undefined && (expression.text.trim() === '' || (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= UNSIGNED_INT_MAX)))) {
      found.push(problem('SA00074', expression, `<${name}> is "${expression.text.trim()}"; a forEach counter must be a whole number from 0 to ${UNSIGNED_INT_MAX}.`));
    }
  }
  const branches = kids(tree, forEach, 'completionCondition').flatMap((c) => kids(tree, c, 'branches'))[0];
  const limit = branches === undefined ? undefined : constant(branches.text);
  const [first, last] = values;
  if (branches !== undefined && limit !== undefined && first !== undefined && last !== undefined && found.length === 0 && limit > last - first + 1) {
    found.push(problem('SA00075', branches, `<branches> asks for ${limit} completed branches, but the forEach runs only ${Math.max(0, last - first + 1)} (from ${first} to ${last}); it could never complete.`));
  }
  return found;
}
