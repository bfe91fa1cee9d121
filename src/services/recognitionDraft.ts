import { ValueNetworksError } from '../core';
import type { RecognitionRule, TechnicalBlueprint } from '../core/model';
import type { BlueprintStore, StoredBlueprint } from './ports';

/** Nothing to add the rule to: the blueprint has neither a draft nor a published version. */
export class NoBlueprintToEditError extends ValueNetworksError {}

/**
 * Adds a recognition rule for `transactionId` to the blueprint's working draft (started from the
 * live version when there is none), never to the live version: the rule applies once someone
 * publishes the draft. Two requests to read, one to save.
 *
 * @throws ConcurrencyConflictError when someone saved the draft in between (from the store)
 */
export async function addRecognitionRuleToDraft(store: BlueprintStore, blueprintId: string, transactionId: string, rule: RecognitionRule): Promise<StoredBlueprint> {
  const draft = await store.getDraft(blueprintId);
  const base = draft?.blueprint ?? (await store.getPublished(blueprintId))?.blueprint;
  if (base === undefined) throw new NoBlueprintToEditError(`Blueprint ${blueprintId} has no draft and no published version.`);
  const technical: TechnicalBlueprint = base.technical ?? { recognition: [], participants: [], alertRules: [] };
  const has = technical.recognition.some((r) => r.transactionId === transactionId);
  const recognition = has
    ? technical.recognition.map((r) => (r.transactionId === transactionId ? { ...r, rules: [...r.rules, rule] } : r))
    : [...technical.recognition, { transactionId, rules: [rule] }];
  return store.saveDraft({ ...base, technical: { ...technical, recognition } }, draft?.etag);
}
