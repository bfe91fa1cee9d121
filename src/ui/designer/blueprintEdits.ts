/**
 * Pure edits of a blueprint as the designer makes them. Each returns a new blueprint and leaves its
 * input untouched; references are kept consistent (removing a role removes its transactions, removing
 * a transaction removes it from every `precededBy` and due anchor) so that an edit never creates a
 * dangling id the user did not ask for. Model rules are checked by `validateBlueprint`, not here.
 */
import type { Blueprint, Role, Stage, Transaction } from '../../core/model';

export type RoleChanges = Partial<Omit<Role, 'id'>>;
export type StageChanges = Partial<Omit<Stage, 'id'>>;
export type TransactionChanges = Partial<Omit<Transaction, 'id'>>;

/** Appends a role; a role whose id is already used replaces nothing and is ignored. */
export function addRole(blueprint: Blueprint, role: Role): Blueprint {
  if (blueprint.roles.some((r) => r.id === role.id)) return blueprint;
  return { ...blueprint, roles: [...blueprint.roles, role] };
}

export function updateRole(blueprint: Blueprint, id: string, changes: RoleChanges): Blueprint {
  return { ...blueprint, roles: blueprint.roles.map((r) => (r.id === id ? { ...r, ...changes } : r)) };
}

/** Removes a role and every transaction it sends or receives (and references to those transactions). */
export function removeRole(blueprint: Blueprint, id: string): Blueprint {
  const gone = new Set(blueprint.transactions.filter((t) => t.from === id || t.to === id).map((t) => t.id));
  return withoutTransactions({ ...blueprint, roles: blueprint.roles.filter((r) => r.id !== id) }, gone);
}

export function addStage(blueprint: Blueprint, stage: Stage): Blueprint {
  if (blueprint.stages.some((s) => s.id === stage.id)) return blueprint;
  return { ...blueprint, stages: [...blueprint.stages, stage] };
}

export function updateStage(blueprint: Blueprint, id: string, changes: StageChanges): Blueprint {
  return { ...blueprint, stages: blueprint.stages.map((s) => (s.id === id ? { ...s, ...changes } : s)) };
}

/**
 * Removes a stage. Its transactions stay and become `unknown-stage` problems the user sees and fixes:
 * silently deleting a stage's exchanges would lose more work than the user asked to lose.
 */
export function removeStage(blueprint: Blueprint, id: string): Blueprint {
  return { ...blueprint, stages: blueprint.stages.filter((s) => s.id !== id) };
}

export function addTransaction(blueprint: Blueprint, transaction: Transaction): Blueprint {
  if (blueprint.transactions.some((t) => t.id === transaction.id)) return blueprint;
  return { ...blueprint, transactions: [...blueprint.transactions, transaction] };
}

export function updateTransaction(blueprint: Blueprint, id: string, changes: TransactionChanges): Blueprint {
  return { ...blueprint, transactions: blueprint.transactions.map((t) => (t.id === id ? { ...t, ...changes } : t)) };
}

export function removeTransaction(blueprint: Blueprint, id: string): Blueprint {
  return withoutTransactions(blueprint, new Set([id]));
}

function withoutTransactions(blueprint: Blueprint, gone: ReadonlySet<string>): Blueprint {
  if (gone.size === 0) return blueprint;
  const transactions = blueprint.transactions
    .filter((t) => !gone.has(t.id))
    .map((t) => {
      const precededBy = t.precededBy.filter((p) => !gone.has(p));
      const anchorGone = t.due?.afterTransactionId !== undefined && gone.has(t.due.afterTransactionId);
      if (precededBy.length === t.precededBy.length && !anchorGone) return t;
      // A due rule anchored on a removed transaction falls back to "after entering the stage".
      const due = anchorGone && t.due ? { days: t.due.days } : t.due;
      return { ...t, precededBy, ...(due ? { due } : {}) };
    });
  return { ...blueprint, transactions };
}

/**
 * The first id `<prefix>-<n>` (n = 1, 2, ...) not in `taken`. Ids are user-visible in exports, so they
 * stay short and readable rather than random.
 */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** One more than the highest transaction sequence (1 for a blueprint without transactions). */
export function nextSequence(blueprint: Blueprint): number {
  return blueprint.transactions.reduce((max, t) => Math.max(max, t.sequence), 0) + 1;
}

/** One more than the highest stage order (1 for a blueprint without stages). */
export function nextStageOrder(blueprint: Blueprint): number {
  return blueprint.stages.reduce((max, s) => Math.max(max, s.order), 0) + 1;
}
