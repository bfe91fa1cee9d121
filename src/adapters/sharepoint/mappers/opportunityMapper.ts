import type { Opportunity, OpportunityStatus, StageEntry } from '../../../core/model';
import type { OpportunityRecord } from '../../../services';
import { listTitle, OPPORTUNITY_STATUSES, OpportunityFields as F } from '../schema';
import { contextOf, dateValue, isRecord, itemIdOf, orNull, readChoice, readDate, readJson, readNumber, readText, requireDate, requireText, type SpItem } from './fieldValues';
import { itemToSnapshot } from './snapshotMapper';

/** The columns a read needs (keep `$select` and the mapper in step). */
export const OPPORTUNITY_SELECT: readonly string[] = ['Id', 'Title', ...Object.values(F)];

/** Checks the stage history JSON: a list of `{ stageId, enteredAt }` ordered by `enteredAt`. */
export function stageHistoryProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'expected a JSON list of stage entries';
  let previous = -Infinity;
  for (let i = 0; i < value.length; i++) {
    const entry: unknown = value[i];
    if (!isRecord(entry) || typeof entry.stageId !== 'string' || typeof entry.enteredAt !== 'number') return `entry ${i} needs stageId (text) and enteredAt (epoch ms)`;
    if (entry.enteredAt < previous) return `entry ${i} is older than the entry before it`;
    previous = entry.enteredAt;
  }
  return undefined;
}

/** The current stage: the last entry of the stage history. */
export function currentStage(opportunity: Pick<Opportunity, 'stageHistory'>): string | undefined {
  const history = opportunity.stageHistory;
  return history.length === 0 ? undefined : history[history.length - 1].stageId;
}

/** The REST body of a new Opportunities item (no snapshot: analysis writes that later). */
export function opportunityToItem(opportunity: Opportunity): Record<string, unknown> {
  return {
    Title: (opportunity.name ?? opportunity.id).slice(0, 255),
    [F.externalId]: opportunity.id,
    [F.account]: opportunity.account,
    [F.owner]: opportunity.owner,
    [F.team]: orNull(opportunity.team),
    [F.stage]: orNull(currentStage(opportunity)),
    [F.amount]: opportunity.amount,
    [F.currency]: orNull(opportunity.currency),
    [F.status]: opportunity.status,
    [F.createdAt]: dateValue(opportunity.createdAt),
    [F.closedAt]: dateValue(opportunity.closedAt),
    [F.stageHistory]: JSON.stringify(opportunity.stageHistory.map((e) => ({ stageId: e.stageId, enteredAt: e.enteredAt })))
  };
}

/**
 * The record an Opportunities item holds. `name` is set only when Title differs from the id
 * (the write puts the id in Title when there is no name).
 *
 * @throws StoredDataError for a missing key, an unknown status or an invalid JSON column
 */
export function itemToOpportunityRecord(item: SpItem): OpportunityRecord {
  const ctx = contextOf(listTitle('opportunities'), item);
  const id = requireText(item, F.externalId, ctx);
  const title = readText(item, 'Title', ctx);
  const team = readText(item, F.team, ctx);
  const currency = readText(item, F.currency, ctx);
  const closedAt = readDate(item, F.closedAt, ctx);
  const stageHistory = readJson<StageEntry[]>(item, F.stageHistory, stageHistoryProblem, ctx) ?? [];
  const opportunity: Opportunity = {
    id,
    ...(title !== undefined && title !== id ? { name: title } : {}),
    account: requireText(item, F.account, ctx),
    owner: requireText(item, F.owner, ctx),
    ...(team !== undefined ? { team } : {}),
    amount: readNumber(item, F.amount, ctx) ?? 0,
    ...(currency !== undefined ? { currency } : {}),
    status: readChoice<OpportunityStatus>(item, F.status, OPPORTUNITY_STATUSES as readonly OpportunityStatus[], ctx) ?? 'open',
    createdAt: requireDate(item, F.createdAt, ctx),
    ...(closedAt !== undefined ? { closedAt } : {}),
    stageHistory: stageHistory.map((e) => ({ stageId: e.stageId, enteredAt: e.enteredAt }))
  };
  const stage = readText(item, F.stage, ctx);
  const snapshot = itemToSnapshot(item, ctx);
  return {
    opportunity,
    ...(stage !== undefined ? { stage } : {}),
    ...(snapshot !== undefined ? { snapshot } : {}),
    itemId: itemIdOf(item) ?? 0
  };
}
