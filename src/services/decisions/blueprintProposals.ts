/**
 * Blueprint proposals as a use case: what the site's closed deals suggest changing in the published
 * blueprint (core proposeBlueprintChanges), and the accepted set saved as the blueprint's working
 * draft through the life cycle (never as a published version: publishing stays a person's decision).
 */
import { applyProposals, proposeBlueprintChanges, type ProposalOptions } from '../../core/insights';
import type { BlueprintProposal } from '../../core/insights';
import type { Blueprint, Interaction, Opportunity } from '../../core/model';
import { NoPublishedBlueprintError } from '../insights/errors';
import { readClosedHistory, type ClosedHistory } from '../insights/closedHistory';
import type { DataStores, StoredBlueprint } from '../ports';

/** Proposals with the blueprint version they were computed against (accepting checks it is still live). */
export interface ProposalSet {
  /** The published blueprint the proposals were computed against (its id and version). */
  readonly blueprint: Blueprint;
  readonly proposals: readonly BlueprintProposal[];
  /** Closed deals compared: won, and lost or no decision. */
  readonly won: number;
  readonly lost: number;
}

/** A proposal in names people read: the exchange, its roles and stage (never ids). */
export interface ProposalSubject {
  readonly kind: BlueprintProposal['kind'];
  readonly deliverable: string;
  readonly fromRole: string;
  readonly toRole: string;
  readonly stage: string;
}

/** What accepting proposals did. */
export type AcceptOutcome =
  /** Saved as the draft; `ontoDraft` tells whether an existing draft received them (its edits kept). */
  | { readonly kind: 'saved'; readonly draft: StoredBlueprint; readonly ontoDraft: boolean; readonly accepted: number }
  /**
   * Another version went live since the proposals were computed: nothing was saved. `before` is what
   * they were computed against, `live` what is published now, `recomputed` the proposals against it.
   */
  | { readonly kind: 'blueprint-changed'; readonly before: Blueprint; readonly live: Blueprint; readonly recomputed: ProposalSet };

type ProposalStores = Pick<DataStores, 'blueprints' | 'opportunities' | 'interactions'>;

/** Proposals over plain data (the command line's files, or history read from a site). Pure. */
export function proposalSet(opportunities: readonly Opportunity[], interactions: readonly Interaction[], blueprint: Blueprint, options: ProposalOptions): ProposalSet {
  let won = 0;
  let lost = 0;
  for (const o of opportunities) {
    if (o.status === 'won') won++;
    else if (o.status === 'lost' || o.status === 'no-decision') lost++;
  }
  return { blueprint, proposals: withoutRepeats(proposeBlueprintChanges(opportunities, interactions, blueprint, options), blueprint), won, lost };
}

const exchangeKey = (deliverable: string, from: string, to: string): string => `${deliverable.trim().toLowerCase()}|${from}|${to}`;

/**
 * Additions that say the same thing once: an activity and its role pair often propose the same
 * exchange (the stronger, first one stays), and an exchange the blueprint already has under that
 * name and those roles is not proposed again (its older interactions carry no transaction id).
 */
function withoutRepeats(proposals: readonly BlueprintProposal[], blueprint: Blueprint): BlueprintProposal[] {
  const seen = new Set(blueprint.transactions.map((t) => exchangeKey(t.deliverable, t.from, t.to)));
  return proposals.filter((p) => {
    if (p.kind !== 'add-exchange') return true;
    const key = exchangeKey(p.deliverable, p.from, p.to);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The names a proposal speaks of, resolved against the blueprint it was computed for. */
export function proposalSubject(proposal: BlueprintProposal, blueprint: Blueprint): ProposalSubject {
  const role = (id: string): string => blueprint.roles.find((r) => r.id === id)?.name ?? id;
  const stage = (id: string): string => blueprint.stages.find((s) => s.id === id)?.name ?? id;
  if (proposal.kind === 'add-exchange') {
    return { kind: proposal.kind, deliverable: proposal.deliverable, fromRole: role(proposal.from), toRole: role(proposal.to), stage: stage(proposal.stageId) };
  }
  const t = blueprint.transactions.find((x) => x.id === proposal.transactionId);
  return { kind: proposal.kind, deliverable: t?.deliverable ?? proposal.transactionId, fromRole: t ? role(t.from) : '', toRole: t ? role(t.to) : '', stage: t ? stage(t.stage) : '' };
}

/**
 * Reads the live blueprint and the site's closed deals (paged, indexed) and computes the proposals.
 * @throws NoPublishedBlueprintError when nothing is published
 */
export async function computeSiteProposals(stores: ProposalStores, options: ProposalOptions & { readonly history?: ClosedHistory }): Promise<ProposalSet> {
  const live = await stores.blueprints.getPublished();
  if (!live) throw new NoPublishedBlueprintError();
  const history = options.history ?? (await readClosedHistory(stores));
  return proposalSet(history.opportunities, history.interactions, live.blueprint, options);
}

/**
 * Saves the accepted proposals of `set` as the blueprint's working draft, ETag-safe:
 * - when another version went live since `set` was computed, nothing is saved: the outcome says
 *   what it was computed against and what is live, with the proposals recomputed against the live one;
 * - when a draft exists, the proposals are applied to it and saved with its ETag (the other editor's
 *   changes stay); a save in between raises ConcurrencyConflictError and nothing is written;
 * - otherwise a new draft of the next version is started from the live version.
 * @throws InsightsInputError when a proposal names something the draft no longer has;
 *   ConcurrencyConflictError from the store
 */
export async function acceptProposals(
  stores: ProposalStores,
  set: ProposalSet,
  acceptedIds: readonly string[],
  options: ProposalOptions & { readonly history?: ClosedHistory }
): Promise<AcceptOutcome> {
  const live = await stores.blueprints.getPublished(set.blueprint.id);
  if (!live) throw new NoPublishedBlueprintError();
  if (live.blueprint.version !== set.blueprint.version) {
    const recomputed = await computeSiteProposals(stores, options);
    return { kind: 'blueprint-changed', before: set.blueprint, live: live.blueprint, recomputed };
  }
  const wanted = new Set(acceptedIds);
  const accepted = set.proposals.filter((p) => wanted.has(p.id));
  const draft = await stores.blueprints.getDraft(set.blueprint.id);
  if (draft) {
    const changed = applyProposals(draft.blueprint, accepted);
    const saved = await stores.blueprints.saveDraft({ ...changed, version: draft.blueprint.version }, draft.etag);
    return { kind: 'saved', draft: saved, ontoDraft: true, accepted: accepted.length };
  }
  const saved = await stores.blueprints.saveDraft(applyProposals(live.blueprint, accepted));
  return { kind: 'saved', draft: saved, ontoDraft: false, accepted: accepted.length };
}
