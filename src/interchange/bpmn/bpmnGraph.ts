import type { Blueprint, Role, Transaction } from '../../core/model';
import { uniqueNcNames } from '../bpel/bpelNames';

/**
 * BPMN task type per transaction, seen from the selling organisation:
 * - `sendTask`: an internal role sends to a customer or partner (placed in the sender's lane);
 * - `receiveTask`: a customer or partner sends to an internal role (placed in the receiver's lane,
 *   the internal role waits for it);
 * - `userTask`: both ends internal (a hand-off inside the team) or both outside (observed only);
 *   placed in the sender's lane.
 */
export type BpmnTaskType = 'sendTask' | 'receiveTask' | 'userTask';

export type BpmnNodeKind = BpmnTaskType | 'startEvent' | 'endEvent' | 'parallelGateway';

export interface BpmnNode {
  readonly id: string;
  readonly kind: BpmnNodeKind;
  readonly name?: string;
  /** Role id of the lane holding the node. */
  readonly lane: string;
  /** Documentation text for tasks. */
  readonly documentation?: string;
}

export interface BpmnFlow {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

export interface BpmnGraph {
  readonly nodes: readonly BpmnNode[];
  readonly flows: readonly BpmnFlow[];
  /** Lane id per role id, in role order. */
  readonly laneIds: ReadonlyMap<string, string>;
}

/**
 * Builds the BPMN flow graph of a blueprint: a start event, a task per transaction, an end event and
 * sequence flows following the precedences (`precededBy`). A node with several successors is followed
 * by a parallel fork gateway, a node with several predecessors is preceded by a parallel join gateway,
 * so every task has one incoming and one outgoing flow. Transactions without predecessors start after
 * the start event; those without successors lead to the end event.
 *
 * Precedences to unknown transaction ids are ignored. Optional transactions are joined like required
 * ones (their optionality is stated in the task documentation), because an inclusive gateway would need
 * conditions the blueprint does not have.
 */
export function buildBpmnGraph(blueprint: Blueprint): BpmnGraph {
  const roleById = new Map(blueprint.roles.map((r) => [r.id, r]));
  const transactions = [...blueprint.transactions].sort((a, b) => a.sequence - b.sequence);
  const taskIds = uniqueNcNames(transactions.map((t) => [t.id, `Task_${t.id}`] as const));
  const laneIds = uniqueNcNames(blueprint.roles.map((r) => [r.id, `Lane_${r.id}`] as const));
  const known = new Set(transactions.map((t) => t.id));

  const predecessors = new Map<string, string[]>(transactions.map((t) => [t.id, t.precededBy.filter((p) => known.has(p) && p !== t.id)]));
  const successors = new Map<string, string[]>(transactions.map((t) => [t.id, []]));
  for (const t of transactions) {
    for (const p of predecessors.get(t.id) ?? []) {
      successors.get(p)?.push(t.id);
    }
  }

  const firstLane = blueprint.roles[0]?.id ?? '';
  const nodes: BpmnNode[] = [];
  const flows: BpmnFlow[] = [];
  const connect = (source: string, target: string): void => {
    flows.push({ id: `Flow_${flows.length + 1}`, source, target });
  };

  // Entry and exit node of each transaction: the join before it and the fork after it, when present.
  const entry = new Map<string, string>();
  const exit = new Map<string, string>();
  for (const t of transactions) {
    const taskId = taskIds.get(t.id) ?? t.id;
    const type = taskType(t, roleById);
    const lane = type === 'receiveTask' ? t.to : t.from;
    entry.set(t.id, taskId);
    exit.set(t.id, taskId);
    if ((predecessors.get(t.id) ?? []).length > 1) {
      const join = `Join_${taskId}`;
      nodes.push({ id: join, kind: 'parallelGateway', lane });
      connect(join, taskId);
      entry.set(t.id, join);
    }
    nodes.push({ id: taskId, kind: type, name: t.deliverable, lane, documentation: taskDocumentation(t, roleById) });
    if ((successors.get(t.id) ?? []).length > 1) {
      const fork = `Fork_${taskId}`;
      nodes.push({ id: fork, kind: 'parallelGateway', lane });
      connect(taskId, fork);
      exit.set(t.id, fork);
    }
  }
  for (const t of transactions) {
    for (const p of predecessors.get(t.id) ?? []) {
      connect(exit.get(p) ?? '', entry.get(t.id) ?? '');
    }
  }

  const starters = transactions.filter((t) => (predecessors.get(t.id) ?? []).length === 0);
  const finishers = transactions.filter((t) => (successors.get(t.id) ?? []).length === 0);
  const startLane = starters.length > 0 ? laneOf(nodes, entry.get(starters[0].id)) : firstLane;
  const endLane = finishers.length > 0 ? laneOf(nodes, exit.get(finishers[finishers.length - 1].id)) : startLane;
  nodes.unshift({ id: 'StartEvent', kind: 'startEvent', name: 'Opportunity opened', lane: startLane });
  nodes.push({ id: 'EndEvent', kind: 'endEvent', name: 'Opportunity closed', lane: endLane });
  if (transactions.length === 0) {
    connect('StartEvent', 'EndEvent');
  } else {
    fanOut('StartEvent', 'Fork_StartEvent', starters.map((t) => entry.get(t.id) ?? ''), startLane, nodes, connect);
    fanIn('EndEvent', 'Join_EndEvent', finishers.map((t) => exit.get(t.id) ?? ''), endLane, nodes, connect);
  }
  return { nodes, flows, laneIds };
}

function fanOut(source: string, forkId: string, targets: readonly string[], lane: string, nodes: BpmnNode[], connect: (s: string, t: string) => void): void {
  if (targets.length === 1) {
    connect(source, targets[0]);
    return;
  }
  nodes.splice(1, 0, { id: forkId, kind: 'parallelGateway', lane });
  connect(source, forkId);
  targets.forEach((target) => connect(forkId, target));
}

function fanIn(target: string, joinId: string, sources: readonly string[], lane: string, nodes: BpmnNode[], connect: (s: string, t: string) => void): void {
  if (sources.length === 1) {
    connect(sources[0], target);
    return;
  }
  nodes.splice(nodes.length - 1, 0, { id: joinId, kind: 'parallelGateway', lane });
  sources.forEach((source) => connect(source, joinId));
  connect(joinId, target);
}

function laneOf(nodes: readonly BpmnNode[], id: string | undefined): string {
  return nodes.find((n) => n.id === id)?.lane ?? '';
}

function taskType(t: Transaction, roleById: ReadonlyMap<string, Role>): BpmnTaskType {
  const fromInternal = roleById.get(t.from)?.side === 'internal';
  const toInternal = roleById.get(t.to)?.side === 'internal';
  if (fromInternal && !toInternal) {
    return 'sendTask';
  }
  if (!fromInternal && toInternal) {
    return 'receiveTask';
  }
  return 'userTask';
}

function taskDocumentation(t: Transaction, roleById: ReadonlyMap<string, Role>): string {
  const due = t.due === undefined ? '' : ` Due ${t.due.days} days after ${t.due.afterTransactionId === undefined ? 'entering the stage' : `transaction ${t.due.afterTransactionId}`}.`;
  return `${t.sequence}. ${t.deliverable} (${t.kind}, ${t.required ? 'required' : 'optional'}) from ${roleById.get(t.from)?.name ?? t.from} to ${roleById.get(t.to)?.name ?? t.to}, stage ${t.stage}.${due}`;
}
