import type { BpelProblem } from '../../errors';
import type { XmlElement } from '../../xml/safeXml';
import { ACTIVITY_NAMES, ancestors, BpelTree, grandKids, kids, named } from '../bpelTree';
import { problem } from './problem';

interface LinkUse {
  readonly declaration: XmlElement;
  readonly flow: XmlElement;
  readonly sources: Array<{ activity: XmlElement; at: XmlElement }>;
  readonly targets: Array<{ activity: XmlElement; at: XmlElement }>;
}

/** Elements a link must not cross (SA00070): repeatable constructs and compensation handlers. */
const REPEATABLE = new Set(['while', 'repeatUntil', 'forEach', 'eventHandlers', 'compensationHandler']);
/** Elements a link may cross outwards only (SA00071). */
const OUTBOUND_ONLY = new Set(['catch', 'catchAll', 'terminationHandler']);

/**
 * The links of every `<flow>` (section 11.6): unique names (SA00064), each `<source>`/`<target>`
 * naming a link of an enclosing flow (SA00065), exactly one source and one target per link (SA00066),
 * no two links between the same activities (SA00067), no name twice on one activity (SA00068,
 * SA00069), no crossing of loops, event or compensation handlers (SA00070), only outbound crossing of
 * fault and termination handlers (SA00071), no control cycle (SA00072), and join conditions over the
 * activity's own incoming links only, without WS-BPEL functions (SA00073, SA00028).
 */
export function checkLinks(tree: BpelTree): BpelProblem[] {
  const found: BpelProblem[] = [];
  const uses = new Map<XmlElement, LinkUse>();
  /** Flow -> its links by name (the first declaration of each name), so resolving a link name costs one lookup per enclosing flow. */
  const declared = new Map<XmlElement, Map<string, XmlElement>>();
  for (const flow of tree.elements.filter((e) => e.name === 'flow')) {
    const seen = new Map<string, XmlElement>();
    declared.set(flow, seen);
    for (const link of grandKids(tree, flow, 'links', 'link')) {
      const name = link.attributes.name;
      if (!named(name)) {
        continue;
      }
      const first = seen.get(name);
      if (first !== undefined) {
        found.push(problem('SA00064', link, `The flow declares the link "${name}" twice (lines ${first.line ?? '?'} and ${link.line ?? '?'}); give each link its own name.`));
      } else {
        seen.set(name, link);
        uses.set(link, { declaration: link, flow, sources: [], targets: [] });
      }
    }
  }

  for (const activity of tree.elements.filter((e) => ACTIVITY_NAMES.has(e.name))) {
    for (const [container, item, rule] of [['sources', 'source', 'SA00068'], ['targets', 'target', 'SA00069']] as const) {
      const names = new Set<string>();
      for (const end of grandKids(tree, standardElementsOf(activity), container, item)) {
        const name = end.attributes.linkName;
        if (!named(name)) {
          continue;
        }
        if (names.has(name)) {
          found.push(problem(rule, end, `<${activity.name}> lists the link "${name}" twice among its ${container}; list each link once.`));
          continue;
        }
        names.add(name);
        const declaration = declaringLink(tree, declared, activity, name);
        if (declaration === undefined) {
          found.push(problem('SA00065', end, `<${item} linkName="${name}"> names a link that no enclosing <flow> declares; declare it in the <links> of the flow holding both ends.`));
          continue;
        }
        const use = uses.get(declaration) as LinkUse;
        (item === 'source' ? use.sources : use.targets).push({ activity, at: end });
        found.push(...crossing(tree, use, activity, end, item));
      }
    }
    found.push(...checkJoinCondition(tree, activity));
  }

  const pairs = new Map<string, XmlElement>();
  const ids = new Map(tree.elements.map((e, i) => [e, i]));
  for (const use of uses.values()) {
    const name = use.declaration.attributes.name ?? '';
    if (use.sources.length !== 1 || use.targets.length !== 1) {
      found.push(
        problem(
          'SA00066',
          use.declaration,
          `The link "${name}" has ${use.sources.length} source${use.sources.length === 1 ? '' : 's'} and ${use.targets.length} target${use.targets.length === 1 ? '' : 's'}; ` +
            'a link needs exactly one activity naming it in <sources> and one naming it in <targets>, both inside its flow.'
        )
      );
      continue;
    }
    found.push(...inboundFromHandler(tree, use));
    const key = `${ids.get(use.sources[0].activity)}>${ids.get(use.targets[0].activity)}`;
    const other = pairs.get(key);
    if (other !== undefined) {
      found.push(problem('SA00067', use.declaration, `The links "${other.attributes.name}" and "${name}" both join the same two activities; keep one of them.`));
    }
    pairs.set(key, use.declaration);
  }
  found.push(...cycles(tree, [...uses.values()]));
  return found;
}

/**
 * The element holding an activity's `<targets>` and `<sources>`: the activity itself, except for
 * `<extensionActivity>`, whose standard elements sit inside its extension element (section 10.9).
 */
export function standardElementsOf(activity: XmlElement): XmlElement {
  return activity.name === 'extensionActivity' && activity.children.length > 0 ? activity.children[0] : activity;
}

/** The `<link>` a source or target resolves to: the nearest enclosing flow that declares the name. */
function declaringLink(tree: BpelTree, declared: ReadonlyMap<XmlElement, ReadonlyMap<string, XmlElement>>, activity: XmlElement, name: string): XmlElement | undefined {
  for (let current = tree.parents.get(activity); current !== undefined; current = tree.parents.get(current)) {
    const link = declared.get(current)?.get(name);
    if (link !== undefined) {
      return link;
    }
  }
  return undefined;
}

function crossing(tree: BpelTree, use: LinkUse, activity: XmlElement, end: XmlElement, item: 'source' | 'target'): BpelProblem[] {
  const between: XmlElement[] = [];
  for (const a of ancestors(tree, activity)) {
    if (a === use.flow) {
      break;
    }
    between.push(a);
  }
  const name = use.declaration.attributes.name ?? '';
  const loop = between.find((e) => REPEATABLE.has(e.name));
  if (loop !== undefined) {
    return [problem('SA00070', end, `The link "${name}" crosses into a <${loop.name}> (line ${loop.line ?? '?'}); a link used inside it must be declared in a flow inside it too.`)];
  }
  const handler = between.find((e) => OUTBOUND_ONLY.has(e.name));
  if (handler !== undefined && item === 'target') {
    return [problem('SA00071', end, `The link "${name}" leads into a <${handler.name}> (line ${handler.line ?? '?'}); links may only leave fault and termination handlers, never enter them.`)];
  }
  return [];
}

/**
 * SA00071, the source side: a link leaving a fault or termination handler must lead out of the scope
 * the handler belongs to; a target back inside that scope (outside the handler) would wait on a handler
 * that only runs once the scope has failed or is being terminated.
 */
function inboundFromHandler(tree: BpelTree, use: LinkUse): BpelProblem[] {
  const source = use.sources[0];
  const target = use.targets[0].activity;
  const targetAncestors = new Set(ancestors(tree, target));
  for (const handler of ancestors(tree, source.activity)) {
    if (handler === use.flow) {
      break;
    }
    if (!OUTBOUND_ONLY.has(handler.name)) {
      continue;
    }
    const container = handler.name === 'terminationHandler' ? handler : tree.parents.get(handler);
    const owner = container === undefined ? undefined : tree.parents.get(container);
    if (owner !== undefined && targetAncestors.has(owner) && !targetAncestors.has(handler)) {
      return [
        problem(
          'SA00071',
          source.at,
          `The link "${use.declaration.attributes.name ?? ''}" leaves a <${handler.name}> (line ${handler.line ?? '?'}) for an activity inside the same scope; a link out of a fault or termination handler must lead outside that scope.`
        )
      ];
    }
  }
  return [];
}

function checkJoinCondition(tree: BpelTree, activity: XmlElement): BpelProblem[] {
  const condition = kids(tree, standardElementsOf(activity), 'targets').flatMap((t) => kids(tree, t, 'joinCondition'))[0];
  if (condition === undefined) {
    return [];
  }
  if (/\b(getVariableProperty|doXslTransform)\s*\(/.test(condition.text)) {
    return [problem('SA00028', condition, 'The join condition calls a WS-BPEL function; a join condition may only combine the status of incoming links with and, or and not.')];
  }
  const incoming = new Set(grandKids(tree, standardElementsOf(activity), 'targets', 'target').map((t) => t.attributes.linkName));
  const foreign = [...condition.text.matchAll(/\$([A-Za-z_][\w.-]*)/g)].map((m) => m[1]).find((name) => !incoming.has(name));
  return foreign === undefined
    ? []
    : [problem('SA00073', condition, `The join condition reads "$${foreign}", which is not an incoming link of this activity; it may only use the status of the links in its <targets>.`)];
}

/**
 * A link closes a control cycle when its source cannot finish before its target starts. Every element
 * gets a start and an end node: start -> end, a parent's start -> child's start, child's end -> parent's
 * end, one sequence child's end -> the next one's start, and each link: source end -> target start.
 * Without links this graph is acyclic, so a cycle always runs through a link: a link is on a cycle
 * exactly when its two ends fall in one strongly connected component. One pass (Tarjan), so a process
 * with thousands of links is checked in linear time.
 */
function cycles(tree: BpelTree, uses: readonly LinkUse[]): BpelProblem[] {
  const ids = new Map(tree.elements.map((e, i) => [e, i]));
  const edges: number[][] = Array.from({ length: 2 * tree.elements.length }, () => []);
  const start = (e: XmlElement): number => 2 * (ids.get(e) ?? 0);
  const end = (e: XmlElement): number => start(e) + 1;
  tree.elements.forEach((element) => {
    edges[start(element)].push(end(element));
    const parent = tree.parents.get(element);
    if (parent !== undefined && ids.has(parent)) {
      edges[start(parent)].push(start(element));
      edges[end(element)].push(end(parent));
    }
    if (element.name === 'sequence') {
      const steps = kids(tree, element).filter((c) => ACTIVITY_NAMES.has(c.name));
      steps.slice(1).forEach((step, i) => edges[end(steps[i])].push(start(step)));
    }
  });
  const linked = uses.filter((u) => u.sources.length === 1 && u.targets.length === 1);
  linked.forEach((u) => edges[end(u.sources[0].activity)].push(start(u.targets[0].activity)));

  const component = stronglyConnectedComponents(edges);
  const closing = linked.find((u) => component[end(u.sources[0].activity)] === component[start(u.targets[0].activity)]);
  if (closing === undefined) {
    return [];
  }
  const source = closing.sources[0].activity;
  const target = closing.targets[0].activity;
  return [
    problem(
      'SA00072',
      closing.declaration,
      `The link "${closing.declaration.attributes.name}" makes a cycle: its target <${target.name}${label(target)}> must already have run before its source <${source.name}${label(source)}> can finish, so neither can ever start; remove or reverse a link of the cycle.`
    )
  ];
}

/** Component number of every node (Tarjan's algorithm, iterative so deep graphs cannot overflow the stack). */
function stronglyConnectedComponents(edges: readonly number[][]): number[] {
  const count = edges.length;
  const index = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const component = new Array<number>(count).fill(-1);
  const onStack = new Array<boolean>(count).fill(false);
  const stack: number[] = [];
  let nextIndex = 0;
  let nextComponent = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) {
      continue;
    }
    const work: Array<[number, number]> = [[root, 0]];
    index[root] = low[root] = nextIndex++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, edge] = frame;
      if (edge < edges[node].length) {
        frame[1]++;
        const next = edges[node][edge];
        if (index[next] === -1) {
          index[next] = low[next] = nextIndex++;
          stack.push(next);
          onStack[next] = true;
          work.push([next, 0]);
        } else if (onStack[next]) {
          low[node] = Math.min(low[node], index[next]);
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low[parent] = Math.min(low[parent], low[node]);
      }
      if (low[node] === index[node]) {
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = false;
          component[member] = nextComponent;
        } while (member !== node);
        nextComponent++;
      }
    }
  }
  return component;
}

function label(element: XmlElement): string {
  return element.attributes.name === undefined ? ` (line ${element.line ?? '?'})` : ` name="${element.attributes.name}"`;
}
