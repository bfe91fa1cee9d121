import type { InteractionChannel, Interaction } from '../model';
import { compileRecognitionRules, firstMatch, type CompiledRules } from './compileRules';
import { indexOpportunities, type OpportunityIndex } from './opportunityIndex';
import type { RecognitionContext } from './recognitionContext';
import { resolveIndexedOpportunity, type OpportunityMiss } from './resolveOpportunity';
import { resolveIndexedParticipants, type ResolvedParticipant } from './resolveParticipants';
import { indexRoleAssignments, type RoleIndex } from './roleIndex';
import { sourceKeyOf, type SourceItem, type SourceItemKind } from './sourceItem';

/** Why an item produced no interaction. */
export type UnmatchedReason = OpportunityMiss | 'no-recognition-rule' | 'incomplete-task';

/** An item kept for review: enough to find it again, nothing more. */
export interface UnmatchedItem {
  readonly sourceKey: string;
  readonly kind: SourceItemKind;
  readonly timestamp: number;
  readonly subject: string;
  readonly reason: UnmatchedReason;
  /** Set when the opportunity was found but no rule recognised the exchange. */
  readonly opportunityId?: string;
}

export interface RecognitionResult {
  readonly interactions: readonly Interaction[];
  readonly unmatched: readonly UnmatchedItem[];
  /** Unmatched items by reason (every reason present, zero when none). */
  readonly unmatchedByReason: Readonly<Record<UnmatchedReason, number>>;
}

const CHANNEL: Readonly<Record<SourceItemKind, InteractionChannel>> = { meeting: 'meeting', mail: 'mail', plannerTask: 'task', listItem: 'workflow' };

const REASONS: readonly UnmatchedReason[] = ['no-customer-contact', 'several-accounts', 'no-open-opportunity', 'several-open-opportunities', 'no-recognition-rule', 'incomplete-task'];

function personIn(people: readonly ResolvedParticipant[], role: string, preferred?: ResolvedParticipant): string | undefined {
  if (preferred?.roles.includes(role)) return preferred.email;
  return people.find((p) => p.roles.includes(role))?.email;
}

/** The context's look-up structures, built once per `recogniseItems` call. */
interface RecognitionIndex {
  readonly roles: RoleIndex;
  readonly opportunities: OpportunityIndex;
  readonly rules: CompiledRules;
}

/** One item to an interaction or an unmatched entry. */
function recogniseOne(item: SourceItem, index: RecognitionIndex): Interaction | UnmatchedItem {
  const sourceKey = sourceKeyOf(item);
  const miss = (reason: UnmatchedReason, opportunityId?: string): UnmatchedItem => ({ sourceKey, kind: item.kind, timestamp: item.timestamp, subject: item.subject, reason, ...(opportunityId !== undefined ? { opportunityId } : {}) });
  const found = resolveIndexedOpportunity(item, index.opportunities, index.roles);
  if (found.kind === 'missed') return miss(found.reason);
  const opportunity = found.opportunity;
  const everyone = item.from === undefined ? item.to : [item.from, ...item.to];
  const all = resolveIndexedParticipants(everyone, opportunity.account, index.roles);
  const sender = item.from === undefined ? undefined : all.find((p) => p.email === item.from?.toLowerCase());
  const recipientEmails = new Set(item.to.map((e) => e.toLowerCase()));
  const recipients = all.filter((p) => recipientEmails.has(p.email));
  const transaction = firstMatch(index.rules, item, { all, sender, recipients })?.transaction;
  if (transaction === undefined) return miss(item.kind === 'plannerTask' && item.completed !== true ? 'incomplete-task' : 'no-recognition-rule', opportunity.id);
  const fromParticipant = personIn(all, transaction.from, sender);
  const toParticipant = personIn(all.filter((p) => p.email !== fromParticipant), transaction.to);
  return {
    opportunityId: opportunity.id,
    timestamp: item.timestamp,
    activity: transaction.id,
    transactionId: transaction.id,
    ...(fromParticipant !== undefined ? { fromParticipant } : {}),
    ...(toParticipant !== undefined ? { toParticipant } : {}),
    fromRole: transaction.from,
    toRole: transaction.to,
    channel: CHANNEL[item.kind],
    source: item.source,
    sourceKey
  };
}

/**
 * Turns source items into interactions with the Technical Blueprint's recognition rules and the
 * participant-to-role mapping. Every item ends up either as one interaction or as one unmatched entry
 * with its reason: nothing is dropped silently. Items with the same source key (one meeting seen in
 * two sellers' calendars) give one result, the first. Roles come from the recognised transaction; the
 * participants are the item's people who play those roles on the account (absent when nobody does).
 */
export function recogniseItems(items: readonly SourceItem[], context: RecognitionContext): RecognitionResult {
  const interactions: Interaction[] = [];
  const unmatched: UnmatchedItem[] = [];
  const counts = Object.fromEntries(REASONS.map((r) => [r, 0])) as Record<UnmatchedReason, number>;
  const seen = new Set<string>();
  // Index the context once: per item, the work is then a few map look-ups, not a scan of every assignment.
  const index: RecognitionIndex = { roles: indexRoleAssignments(context.participants), opportunities: indexOpportunities(context.opportunities), rules: compileRecognitionRules(context.blueprint) };
  for (const item of items) {
    const key = sourceKeyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    const result = recogniseOne(item, index);
    if ('reason' in result) {
      unmatched.push(result);
      counts[result.reason] += 1;
    } else {
      interactions.push(result);
    }
  }
  return { interactions, unmatched, unmatchedByReason: counts };
}
