import type { Blueprint, Transaction } from '../model';

/**
 * Lower-cases the first letter of a display name for use inside a sentence ("Economic buyer" ->
 * "economic buyer"), but leaves acronyms ("CFO", "ROI model") as written.
 */
export function inSentence(name: string): string {
  if (name.length > 1 && name[1] === name[1].toUpperCase() && name[1] !== name[1].toLowerCase()) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** "the economic buyer"; falls back to the role id when the blueprint does not name it. */
export function roleLabel(blueprint: Blueprint, roleId: string): string {
  const role = blueprint.roles.find((candidate) => candidate.id === roleId);
  return `the ${inSentence(role?.name ?? roleId)}`;
}

/** "the business case" */
export function deliverableLabel(transaction: Transaction): string {
  return `the ${inSentence(transaction.deliverable)}`;
}

/** The stage's display name, or its id. */
export function stageLabel(blueprint: Blueprint, stageId: string): string {
  return blueprint.stages.find((stage) => stage.id === stageId)?.name ?? stageId;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "The economic buyer must receive the business case from the account executive" (+ " at least 3 times"). */
export function describeRequired(blueprint: Blueprint, transaction: Transaction): string {
  const times = transaction.minCount > 1 ? ` at least ${transaction.minCount} times` : '';
  return `${capitalised(roleLabel(blueprint, transaction.to))} must receive ${deliverableLabel(transaction)} from ${roleLabel(blueprint, transaction.from)}${times}.`;
}

/** "The economic buyer must receive the business case before the proposal." */
export function describePrecedence(blueprint: Blueprint, before: Transaction, after: Transaction): string {
  return `${capitalised(roleLabel(blueprint, before.to))} must receive ${deliverableLabel(before)} before ${deliverableLabel(after)}.`;
}

/** "The economic buyer must receive the business case within 14 days of entering Validate." */
export function describeDueAfterStageEntry(blueprint: Blueprint, transaction: Transaction, days: number): string {
  return `${capitalised(roleLabel(blueprint, transaction.to))} must receive ${deliverableLabel(transaction)} within ${days} ${days === 1 ? 'day' : 'days'} of entering ${stageLabel(blueprint, transaction.stage)}.`;
}

/** "The procurement team must receive the proposal within 7 days after the business case." */
export function describeDueAfterTransaction(blueprint: Blueprint, transaction: Transaction, after: Transaction, days: number): string {
  return `${capitalised(roleLabel(blueprint, transaction.to))} must receive ${deliverableLabel(transaction)} within ${days} ${days === 1 ? 'day' : 'days'} after ${deliverableLabel(after)}.`;
}

/** "The business case (Validate) must come before the purchase order (Close)." */
export function describeStageOrder(blueprint: Blueprint, earlier: Transaction, later: Transaction): string {
  return `${capitalised(deliverableLabel(earlier))} (${stageLabel(blueprint, earlier.stage)}) must come before ${deliverableLabel(later)} (${stageLabel(blueprint, later.stage)}).`;
}
