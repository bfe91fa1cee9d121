/**
 * Precedence checks of a blueprint: "preceded by" links that form a cycle (so no order of the
 * transactions can satisfy them), due rules that count from each other in a cycle, and links that
 * point to a transaction of a later stage.
 */
import type { ValidationProblem } from '..';
import type { Blueprint, Transaction } from './blueprint';
import { firstIndexById, problem, transactionLabel } from './validationProblem';

/**
 * One problem per group of transactions whose "preceded by" links go round in a circle (one per
 * strongly connected component), naming one cycle in "happens before" order, e.g. `t3 -> t5 -> t3`.
 * The path points at the `precededBy` list of the cycle's first transaction in blueprint order.
 * Unknown ids are ignored here (the reference check reports them).
 */
export function precedenceCycleProblems(blueprint: Blueprint): ValidationProblem[] {
  return cycleProblems(blueprint, (t) => t.precededBy ?? [], (start, cycle) =>
    problem(
      'precedence-cycle',
      `/transactions/${start}/precededBy`,
      `These transactions wait for each other in a circle (${cycle.join(' -> ')}), so none of them can ever happen first: remove one of these "preceded by" links.`
    )
  );
}

/**
 * One problem per group of transactions that fall due after each other in a circle (`due.afterTransactionId`),
 * a transaction falling due after itself included. Each such rule asks for the transaction again
 * after every occurrence of its anchor, so a circle asks for occurrences without end and no deal can
 * ever meet it. The path points at the `due/afterTransactionId` of the cycle's first transaction.
 */
export function dueCycleProblems(blueprint: Blueprint): ValidationProblem[] {
  return cycleProblems(blueprint, (t) => (t.due?.afterTransactionId === undefined ? [] : [t.due.afterTransactionId]), (start, cycle) =>
    problem(
      'due-cycle',
      `/transactions/${start}/due/afterTransactionId`,
      cycle.length === 2
        ? `Transaction ${cycle[0]} falls due after itself, so every occurrence asks for another one: count its due date from the start of its stage or from another transaction.`
        : `These transactions fall due after each other in a circle (${cycle.join(' -> ')}), so each occurrence asks for the next without end: count one of them from the start of its stage.`
    )
  );
}

/**
 * Finds the circles in the links `anchorsOf(t)` -> t (one per strongly connected component, self-links
 * included) and reports each through `report`, with the index of its first transaction in blueprint
 * order and one shortest cycle through it as ids, first id repeated at the end.
 */
function cycleProblems(
  blueprint: Blueprint,
  anchorsOf: (t: Transaction) => readonly string[],
  report: (start: number, cycle: readonly string[]) => ValidationProblem
): ValidationProblem[] {
  const transactions = blueprint.transactions;
  const byId = firstIndexById(transactions);
  // successors[a] = transactions anchored on a: an edge a -> t for every link of t to a.
  const successors: number[][] = transactions.map(() => []);
  transactions.forEach((t, i) => {
    if (byId.get(t.id) !== i) return;
    for (const a of anchorsOf(t)) {
      const ai = byId.get(a);
      if (ai !== undefined && !successors[ai].includes(i)) successors[ai].push(i);
    }
  });
  return stronglyConnectedComponents(successors)
    .filter((component) => component.length > 1 || successors[component[0]].includes(component[0]))
    .map((component) => Math.min(...component))
    .sort((a, b) => a - b)
    .map((start) => report(start, cycleThrough(start, successors).map((i) => transactionLabel(transactions, transactions[i].id))));
}

/**
 * A transaction that waits for a transaction placed in a later stage can only happen after the deal
 * has moved past its own stage: one problem per such link, at `/transactions/i/precededBy/j`.
 */
export function precedenceStageProblems(blueprint: Blueprint): ValidationProblem[] {
  const stageIndex = firstIndexById(blueprint.stages);
  const byId = firstIndexById(blueprint.transactions);
  const problems: ValidationProblem[] = [];
  blueprint.transactions.forEach((t, i) => {
    const own = stageIndex.get(t.stage);
    if (own === undefined) return;
    (t.precededBy ?? []).forEach((p, j) => {
      const pi = byId.get(p);
      if (pi === undefined) return;
      const before = blueprint.transactions[pi];
      const theirs = stageIndex.get(before.stage);
      if (theirs === undefined) return;
      const ownStage = blueprint.stages[own];
      const theirStage = blueprint.stages[theirs];
      if (theirStage.order > ownStage.order) {
        problems.push(
          problem(
            'predecessor-in-later-stage',
            `/transactions/${i}/precededBy/${j}`,
            `Transaction ${transactionLabel(blueprint.transactions, t.id)} is in stage "${ownStage.name}" but waits for ${transactionLabel(blueprint.transactions, p)}, which is in the later stage "${theirStage.name}": move it to "${theirStage.name}" or later, move ${transactionLabel(blueprint.transactions, p)} earlier, or remove the link.`
          )
        );
      }
    });
  });
  return problems;
}

/** Tarjan's algorithm, iterative so that long chains of links cannot overflow the call stack. */
function stronglyConnectedComponents(successors: readonly (readonly number[])[]): number[][] {
  const n = successors.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const frames: [number, number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const v = frame[0];
      if (frame[1] < successors[v].length) {
        const w = successors[v][frame[1]++];
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          frames.push([w, 0]);
        } else if (onStack[w] === 1) {
          low[v] = Math.min(low[v], index[w]);
        }
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1][0];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component);
      }
    }
  }
  return components;
}

/** The shortest cycle from `start` back to itself (breadth-first), as indices, start repeated at the end. */
function cycleThrough(start: number, successors: readonly (readonly number[])[]): number[] {
  const parent = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (const w of successors[v]) {
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = parent.get(u) as number) path.push(u);
        return [start, ...path.slice(1).reverse(), start];
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
