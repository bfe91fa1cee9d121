import type { BpelProblem } from '../../errors';
import type { XmlElement } from '../../xml/safeXml';
import type { BpelTree } from '../bpelTree';
import { problem } from './problem';

/** Elements whose text is an expression of the process's expression language (XPath 1.0 by default). */
const EXPRESSIONS = new Set([
  'condition', 'from', 'to', 'for', 'until', 'repeatEvery', 'startCounterValue', 'finalCounterValue', 'branches', 'joinCondition', 'transitionCondition'
]);
const QNAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

/**
 * The arguments of WS-BPEL's XPath functions (sections 8.3 and 8.4), which must be known before the
 * process runs: bpel:getVariableProperty takes two string literals (SA00030), the second a QName
 * (SA00031); bpel:doXslTransform names its style sheet with a string literal (SA00039) and its
 * parameters come in pairs (SA00040) whose names are QName literals (SA00041).
 */
export function checkExpressionFunctions(tree: BpelTree): BpelProblem[] {
  const found: BpelProblem[] = [];
  for (const element of tree.elements.filter((e) => EXPRESSIONS.has(e.name) && e.text.includes('('))) {
    for (const call of functionCalls(element.text)) {
      found.push(...checkCall(element, call.name, call.args));
    }
  }
  return found;
}

function checkCall(element: XmlElement, name: string, args: readonly string[]): BpelProblem[] {
  if (name === 'getVariableProperty') {
    const notLiteral = args.find((a) => literal(a) === undefined);
    if (args.length !== 2 || notLiteral !== undefined) {
      return [problem('SA00030', element, `getVariableProperty(${args.join(', ')}) must be given the variable and the property as quoted strings, e.g. getVariableProperty('order', 'tns:orderId').`)];
    }
    return QNAME.test(literal(args[1]) ?? '')
      ? []
      : [problem('SA00031', element, `getVariableProperty names the property ${args[1]}, which is not a QName; write it as 'prefix:name'.`)];
  }
  if (args.length === 0 || literal(args[0]) === undefined) {
    return [problem('SA00039', element, `doXslTransform must name its style sheet with a quoted string, e.g. doXslTransform('urn:stylesheets:order.xsl', $order).`)];
  }
  if (args.length > 2 && (args.length - 2) % 2 !== 0) {
    return [problem('SA00040', element, 'doXslTransform takes its style-sheet parameters in name and value pairs; one parameter has no value.')];
  }
  const badName = args.slice(2).find((a, i) => i % 2 === 0 && !QNAME.test(literal(a) ?? ''));
  return badName === undefined ? [] : [problem('SA00041', element, `doXslTransform names a style-sheet parameter ${badName}; parameter names must be quoted QNames, e.g. 'tns:discount'.`)];
}

/** The content of a quoted string literal, else `undefined`. */
function literal(arg: string): string | undefined {
  const match = /^\s*(?:'([^']*)'|"([^"]*)")\s*$/.exec(arg);
  return match === null ? undefined : (match[1] ?? match[2]);
}

/** Every call of getVariableProperty or doXslTransform (any prefix), with its top-level arguments as written. */
function functionCalls(text: string): Array<{ name: string; args: string[] }> {
  const calls: Array<{ name: string; args: string[] }> = [];
  const pattern = /(?:^|[^\w.:-])(?:[A-Za-z_][\w.-]*:)?(getVariableProperty|doXslTransform)\s*\(/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const args = splitArguments(text, match.index + match[0].length);
    if (args !== undefined) {
      calls.push({ name: match[1], args });
    }
  }
  return calls;
}

/** The arguments from just after `(` to the matching `)`, split at top-level commas; `undefined` if unclosed. */
function splitArguments(text: string, from: number): string[] | undefined {
  const args: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = from;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '(' || c === '[') {
      depth++;
    } else if ((c === ')' || c === ']') && depth > 0) {
      depth--;
    } else if (c === ')') {
      const last = text.slice(start, i);
      return last.trim() === '' && args.length === 0 ? [] : [...args, last.trim()];
    } else if (c === ',' && depth === 0) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return undefined;
}
