import type { BpelProblem } from '../../errors';
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
  let child = start;
  for (const parent of ancestors(tree, start)) {
    if (!STRUCTURE.has(parent.name)) {
      return [problem('SA00056', start, `The start activity <${start.name}${nameOf(start)}> is inside a <${parent.name}> (line ${parent.line ?? '?'}); a start activity may only sit in scopes, flows and sequences.`)];
    }
    const siblings = kids(tree, parent).filter((k) => ACTIVITY_NAMES.has(k.name));
    const index = siblings.indexOf(child);
    // In a sequence, everything before runs first; in a flow, a branch not waiting on a link runs alongside,
    // up to its own start activity (after which the instance exists).
    const early =
      parent.name === 'sequence'
        ? siblings.slice(0, index).map((s) => firstNonStart(tree, s, false))
        : parent.name === 'flow'
          ? siblings.filter((s) => s !== child && kids(tree, standardElementsOf(s), 'targets').length === 0).map((s) => firstNonStart(tree, s, true))
          : [];
    const offender = early.find((e): e is XmlElement => e !== undefined);
    if (offender !== undefined) {
      return [
        problem(
          'SA00056',
          offender,
          `<${offender.name}${nameOf(offender)}> ${parent.name === 'flow' ? 'runs beside' : 'runs before'} the start activity <${start.name}${nameOf(start)}> (line ${start.line ?? '?'}); ` +
            'only scopes, flows, sequences and other start activities may come before the message that creates the instance.'
        )
      ];
    }
    child = parent;
  }
  return [];
}

/**
 * The first activity in `root` that is neither structure nor a start activity and may run before any
 * start activity of `root` has: `stopAtStart` ends the search in a sequence once a start activity has
 * run (a flow branch of its own); otherwise the whole of `root` runs before (a preceding sibling).
 */
function firstNonStart(tree: BpelTree, root: XmlElement, stopAtStart: boolean): XmlElement | undefined {
  if (isStartActivity(root)) {
    return undefined;
  }
  if (!STRUCTURE.has(root.name)) {
    return root;
  }
  const inner = kids(tree, root).filter((k) => ACTIVITY_NAMES.has(k.name));
  for (const step of inner) {
    const found = firstNonStart(tree, step, stopAtStart);
    if (found !== undefined) {
      return found;
    }
    if (stopAtStart && root.name === 'sequence' && containsStart(tree, step)) {
      return undefined;
    }
  }
  return undefined;
}

function containsStart(tree: BpelTree, element: XmlElement): boolean {
  return isStartActivity(element) || descendants(tree, element).some(isStartActivity);
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
