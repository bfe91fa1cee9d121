import type { XmlElement } from '../xml/safeXml';

/** What the control flow says about one message activity. */
export interface MessageOrdering {
  /** Ids of the message activities that immediately precede it on some path. */
  readonly precededBy: readonly string[];
  /** False when it may be skipped: inside if/elseif/else, while, forEach, a pick with alternatives, or a handler. */
  readonly required: boolean;
}

interface Walk {
  readonly bpelNamespace: string;
  /** Element -> transaction id for every message activity (invoke, receive, reply, onMessage, onEvent). */
  readonly ids: ReadonlyMap<XmlElement, string>;
  readonly result: Map<string, MessageOrdering>;
  /** Link name -> the message activities that end its source activity. */
  readonly linkExits: Map<string, readonly string[]>;
}

const ACTIVITIES = new Set([
  'assign', 'compensate', 'compensateScope', 'empty', 'exit', 'extensionActivity', 'flow', 'forEach', 'if', 'invoke', 'opaqueActivity',
  'pick', 'receive', 'repeatUntil', 'reply', 'rethrow', 'scope', 'sequence', 'throw', 'validate', 'wait', 'while'
]);

/**
 * Derives "what immediately precedes what" between the message activities of a WS-BPEL 2.0 process.
 *
 * Each construct passes on the set of message activities that may have completed last ("exits"):
 * `sequence` chains its children; `flow` starts every child after the flow's predecessors, except that
 * a link target starts after its link sources; `if`, `pick` and handlers branch; `while` and `forEach`
 * may run zero times (their predecessors stay exits), `repeatUntil` runs at least once; loop back-edges
 * are ignored so the result is acyclic. Non-message activities (assign, wait, empty...) are transparent.
 * Event, fault, compensation and termination handlers may run at any time during their scope: their
 * messages follow the scope's predecessors and are optional.
 *
 * @param process - the `process` element.
 * @param ids - the transaction id chosen for every message activity element.
 * @returns ordering per transaction id; every id in `ids` that the walk reaches is present.
 */
export function orderMessages(process: XmlElement, ids: ReadonlyMap<XmlElement, string>): Map<string, MessageOrdering> {
  const walk: Walk = { bpelNamespace: process.namespace ?? '', ids, result: new Map(), linkExits: new Map() };
  walkScopeLike(process, [], true, walk);
  return walk.result;
}

function walkActivity(element: XmlElement, preds: readonly string[], required: boolean, walk: Walk, inFlow: boolean): readonly string[] {
  const linkPreds = targetsOf(element, walk).flatMap((link) => walk.linkExits.get(link) ?? []);
  const start = linkPreds.length > 0 ? unique(inFlow ? linkPreds : [...preds, ...linkPreds]) : preds;
  const exits = walkBody(element, start, required, walk);
  for (const link of sourcesOf(element, walk)) {
    walk.linkExits.set(link, exits);
  }
  return exits;
}

function walkBody(element: XmlElement, preds: readonly string[], required: boolean, walk: Walk): readonly string[] {
  const inner = activitiesIn(element, walk);
  switch (element.name) {
    case 'invoke':
    case 'receive':
    case 'reply': {
      const id = message(element, preds, required, walk);
      // Fault and compensation handlers attached to an invoke may run after it.
      handlerBodies(element, walk).forEach((body) => walkActivity(body, [id], false, walk, false));
      return [id];
    }
    case 'sequence':
      return inner.reduce<readonly string[]>((exits, child) => walkActivity(child, exits, required, walk, false), preds);
    case 'flow':
      return walkFlow(inner, preds, required, walk);
    case 'if': {
      const branches = [inner[0], ...childrenNamed(element, ['elseif', 'else'], walk).map((b) => activitiesIn(b, walk)[0])].filter(isDefined);
      const exits = branches.flatMap((b) => walkActivity(b, preds, false, walk, false));
      const hasElse = childrenNamed(element, ['else'], walk).length > 0;
      return unique(hasElse ? exits : [...preds, ...exits]);
    }
    case 'while':
    case 'forEach':
      return unique([...preds, ...inner.flatMap((body) => walkActivity(body, preds, false, walk, false))]);
    case 'repeatUntil':
      return inner.flatMap((body) => walkActivity(body, preds, required, walk, false));
    case 'pick': {
      const branches = childrenNamed(element, ['onMessage', 'onAlarm'], walk);
      const alone = branches.length === 1 && required;
      return unique(
        branches.flatMap((branch) => {
          const start = branch.name === 'onMessage' ? [message(branch, preds, alone, walk)] : preds;
          return activitiesIn(branch, walk).flatMap((body) => walkActivity(body, start, alone, walk, false));
        })
      );
    }
    case 'scope':
      return walkScopeLike(element, preds, required, walk);
    default:
      return preds;
  }
}

/** Process or scope: handlers first (they do not change the exits), then the one main activity. */
function walkScopeLike(element: XmlElement, preds: readonly string[], required: boolean, walk: Walk): readonly string[] {
  for (const handlers of childrenNamed(element, ['eventHandlers'], walk)) {
    for (const handler of childrenNamed(handlers, ['onEvent', 'onAlarm'], walk)) {
      const start = handler.name === 'onEvent' ? [message(handler, preds, false, walk)] : preds;
      activitiesIn(handler, walk).forEach((body) => walkActivity(body, start, false, walk, false));
    }
  }
  handlerBodies(element, walk).forEach((body) => walkActivity(body, preds, false, walk, false));
  return activitiesIn(element, walk).reduce<readonly string[]>((exits, main) => walkActivity(main, exits, required, walk, false), preds);
}

/** A binary min-heap of child positions: the earliest ready child in document order comes out first. */
class MinHeap {
  private readonly items: number[] = [];

  public push(value: number): void {
    const items = this.items;
    items.push(value);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (items[parent] <= items[i]) {
        break;
      }
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  public pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && items[left] < items[smallest]) smallest = left;
        if (right < items.length && items[right] < items[smallest]) smallest = right;
        if (smallest === i) {
          break;
        }
        [items[smallest], items[i]] = [items[i], items[smallest]];
        i = smallest;
      }
    }
    return top;
  }
}

/**
 * Children run in link order (sources before targets, document order otherwise); exits are the children
 * that source no link. The order is a topological sort that always takes the earliest ready child in
 * document order (a heap of ready children), so a flow with thousands of linked children is walked in
 * O(n log n) rather than by rescanning every child at each step.
 */
function walkFlow(children: readonly XmlElement[], preds: readonly string[], required: boolean, walk: Walk): readonly string[] {
  const sourcesOfLink = new Map<string, number[]>();
  children.forEach((child, j) => {
    for (const link of new Set(deepLinks(child, 'source', walk))) {
      sourcesOfLink.set(link, [...(sourcesOfLink.get(link) ?? []), j]);
    }
  });
  // blocked[i]: how many other children still source a link child i targets; unblocks[j]: whom j holds back.
  const blocked = children.map(() => 0);
  const unblocks: number[][] = children.map(() => []);
  children.forEach((child, i) => {
    const blockers = new Set<number>();
    for (const link of deepLinks(child, 'target', walk)) {
      for (const j of sourcesOfLink.get(link) ?? []) {
        if (j !== i) {
          blockers.add(j);
        }
      }
    }
    blocked[i] = blockers.size;
    blockers.forEach((j) => unblocks[j].push(i));
  });
  const ready = new MinHeap();
  blocked.forEach((count, i) => count === 0 && ready.push(i));
  const done = new Set<number>();
  const exits: string[] = [];
  let firstOpen = 0;
  while (done.size < children.length) {
    let next = ready.pop();
    if (next === undefined) {
      // A link cycle is invalid BPEL (static analysis refuses it first); fall back to document order rather than loop forever.
      while (done.has(firstOpen)) {
        firstOpen++;
      }
      next = firstOpen;
    }
    if (done.has(next)) {
      continue;
    }
    done.add(next);
    for (const i of unblocks[next]) {
      blocked[i]--;
      if (blocked[i] === 0 && !done.has(i)) {
        ready.push(i);
      }
    }
    const childExits = walkActivity(children[next], preds, required, walk, true);
    if (sourcesOf(children[next], walk).length === 0) {
      exits.push(...childExits);
    }
  }
  return unique(exits);
}

function message(element: XmlElement, preds: readonly string[], required: boolean, walk: Walk): string {
  const id = walk.ids.get(element) ?? '';
  walk.result.set(id, { precededBy: preds.filter((p) => p !== id), required });
  return id;
}

function handlerBodies(element: XmlElement, walk: Walk): XmlElement[] {
  const containers = childrenNamed(element, ['faultHandlers', 'compensationHandler', 'terminationHandler'], walk);
  const catches = containers.flatMap((c) => (c.name === 'faultHandlers' ? childrenNamed(c, ['catch', 'catchAll'], walk) : [c]));
  return catches.flatMap((c) => activitiesIn(c, walk));
}

function activitiesIn(element: XmlElement, walk: Walk): XmlElement[] {
  return element.children.filter((c) => c.namespace === walk.bpelNamespace && ACTIVITIES.has(c.name));
}

function childrenNamed(element: XmlElement, names: readonly string[], walk: Walk): XmlElement[] {
  return element.children.filter((c) => c.namespace === walk.bpelNamespace && names.includes(c.name));
}

function targetsOf(element: XmlElement, walk: Walk): string[] {
  return childrenNamed(element, ['targets'], walk).flatMap((t) => childrenNamed(t, ['target'], walk).map((l) => l.attributes.linkName ?? ''));
}

function sourcesOf(element: XmlElement, walk: Walk): string[] {
  return childrenNamed(element, ['sources'], walk).flatMap((t) => childrenNamed(t, ['source'], walk).map((l) => l.attributes.linkName ?? ''));
}

function deepLinks(element: XmlElement, kind: 'source' | 'target', walk: Walk): string[] {
  const own = kind === 'source' ? sourcesOf(element, walk) : targetsOf(element, walk);
  return [...own, ...element.children.flatMap((c) => deepLinks(c, kind, walk))];
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
