import type { BpelProblem } from '../../../core/errors';
import type { XmlElement } from '../../xml/safeXml';
import { ACTIVITY_NAMES, ancestors, BpelTree, descendants, grandKids, isStartActivity, kids } from '../bpelTree';
import { problem } from './problem';
import { standardElementsOf } from './saLinks';

/** What may enclose, precede or run beside a start activity (section 10.4). */
const STRUCTURE = new Set(['process', 'scope', 'flow', 'sequence']);

/**
 * Instantiation (sections 5.5 and 10.4): an executable process has a start activity (SA00015);
 * nothing but scopes, flows, sequences and other start activities runs before or beside one
 * (SA00056); several start activities with correlation sets share one, joined by all (SA00057).
 */
export function checkStartActivities(tree: BpelTree): BpelProblem[] {
  const starts = tree.elements.filter(isStartActivity);
  if (starts.length === 0) {
    return tree.executable
      ? [problem('SA00015', tree.process, 'The process has no start activity: mark the <receive> or <pick> that creates an instance with createInstance="yes".')]
      : [];
  }
  return [...starts.flatMap((start) => checkPlacement(tree, start)), ...checkStartCorrelations(tree, starts)];
}

function checkPlacement(tree: BpelTree, start: XmlElement): BpelProblem[] {
  const found: BpelProblem[] = [];
  let child = start;
  for (const parent of ancestors(tree, start)) {
    if (!STRUCTURE.has(parent.name)) {
      return [problem('SA00056', start, `The start activity <${start.name}${nameOf(start)}> is inside a <${parent.name}> (line ${parent.line ?? '?'}); a start activity may only sit in scopes, flows and sequences.`)];
    }
    const siblings = kids(tree, parent).filter((k) => ACTIVITY_NAMES.has(k.name));
    const index = siblings.indexOf(child);
    const before = parent.name === 'sequence' ? siblings.slice(0, index) : parent.name === 'flow' ? siblings.filter((s) => s !== child && kids(tree, standardElementsOf(s), 'targets').length === 0) : [];
    const early = before.flatMap((s) => [s, ...descendants(tree, s)].filter((e) => ACTIVITY_NAMES.has(e.name) && !STRUCTURE.has(e.name) && !isStartActivity(e) && !insideStart(tree, e, s)))[0];
    if (early !== undefined) {
      found.push(
        problem(
          'SA00056',
          early,
          `<${early.name}${nameOf(early)}> ${parent.name === 'flow' ? 'runs beside' : 'runs before'} the start activity <${start.name}${nameOf(start)}> (line ${start.line ?? '?'}); ` +
            'only scopes, flows, sequences and other start activities may come before the message that creates the instance.'
        )
      );
      break;
    }
    child = parent;
  }
  return found;
}

/** True when `element` is inside a start pick (its branches run after the start message). */
function insideStart(tree: BpelTree, element: XmlElement, root: XmlElement): boolean {
  for (const a of ancestors(tree, element)) {
    if (isStartActivity(a)) {
      return true;
    }
    if (a === root) {
      return false;
    }
  }
  return false;
}

function checkStartCorrelations(tree: BpelTree, starts: readonly XmlElement[]): BpelProblem[] {
  const messages = starts.flatMap((s) => (s.name === 'pick' ? kids(tree, s, 'onMessage') : [s]));
  const correlations = messages.map((m) => grandKids(tree, m, 'correlations', 'correlation'));
  if (messages.length < 2 || correlations.every((c) => c.length === 0)) {
    return [];
  }
  const common = correlations.map((c) => new Set(c.map((x) => x.attributes.set))).reduce((a, b) => new Set([...a].filter((name) => b.has(name))));
  if (common.size === 0) {
    const second = messages[1];
    return [problem('SA00057', second, `The process has ${messages.length} start activities with correlation sets but no set common to all of them; correlate every start activity on one shared set with initiate="join".`)];
  }
  const notJoined = correlations.flat().find((c) => common.has(c.attributes.set) && c.attributes.initiate !== 'join');
  return notJoined === undefined
    ? []
    : [problem('SA00057', notJoined, `The correlation set "${notJoined.attributes.set}" is shared by several start activities, so each of them must use it with initiate="join".`)];
}

function nameOf(element: XmlElement): string {
  return element.attributes.name === undefined ? '' : ` name="${element.attributes.name}"`;
}
