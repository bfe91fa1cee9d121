/**
 * Opportunity validation against the blueprint it is analysed with.
 */
import type { ValidationProblem } from '..';
import type { Blueprint } from './blueprint';
import type { Opportunity } from './interaction';
import { problem } from './validationProblem';

/**
 * Returns every problem of an opportunity (empty when valid). Codes: `unknown-stage` (a stage history
 * entry names a stage the blueprint does not have), `invalid-time` (a time that is not a finite number
 * of epoch milliseconds), `history-out-of-order` (an entry earlier than the one before it; equal times
 * are allowed, e.g. a deal that skips a stage), `closed-before-created`, `invalid-amount` (not a
 * finite number) and `negative-amount`. Paths are JSON pointers into the opportunity.
 */
export function validateOpportunity(opportunity: Opportunity, blueprint: Pick<Blueprint, 'stages'>): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const stageIds = new Set(blueprint.stages.map((s) => s.id));
  const name = opportunity.name ?? opportunity.id;
  if (!Number.isFinite(opportunity.createdAt)) {
    problems.push(problem('invalid-time', '/createdAt', `Opportunity "${name}" has no valid creation time: set the date it was created.`));
  }
  if (opportunity.closedAt !== undefined) {
    if (!Number.isFinite(opportunity.closedAt)) {
      problems.push(problem('invalid-time', '/closedAt', `Opportunity "${name}" has an invalid close time: set the date it closed or clear it.`));
    } else if (opportunity.closedAt < opportunity.createdAt) {
      problems.push(problem('closed-before-created', '/closedAt', `Opportunity "${name}" closed before it was created: correct the close date or the creation date.`));
    }
  }
  if (!Number.isFinite(opportunity.amount)) {
    problems.push(problem('invalid-amount', '/amount', `Opportunity "${name}" has no valid amount: enter the deal value as a number.`));
  } else if (opportunity.amount < 0) {
    problems.push(problem('negative-amount', '/amount', `Opportunity "${name}" has a negative amount (${opportunity.amount}): enter the deal value as 0 or more.`));
  }
  let previous: number | undefined;
  opportunity.stageHistory.forEach((entry, i) => {
    if (!stageIds.has(entry.stageId)) {
      problems.push(problem('unknown-stage', `/stageHistory/${i}/stageId`, `Opportunity "${name}" entered stage "${entry.stageId}", which the blueprint does not have: map it to one of the blueprint's stages.`));
    }
    if (!Number.isFinite(entry.enteredAt)) {
      problems.push(problem('invalid-time', `/stageHistory/${i}/enteredAt`, `Opportunity "${name}" has a stage entry without a valid time: set when it entered "${entry.stageId}".`));
      return;
    }
    if (previous !== undefined && entry.enteredAt < previous) {
      problems.push(problem('history-out-of-order', `/stageHistory/${i}/enteredAt`, `Opportunity "${name}" entered "${entry.stageId}" before the stage listed ahead of it: list stage entries in the order they happened.`));
    }
    previous = entry.enteredAt;
  });
  return problems;
}
