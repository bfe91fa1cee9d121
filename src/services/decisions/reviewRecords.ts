/**
 * The reviewer's record of a won/lost review (outcome reason from a choice list the leader edits,
 * lessons), its port, and what the records say together ("Lost on Price: 12 deals, 9 of them missed
 * "Business case""), which the review tab shows beside the success patterns.
 */
import type { Blueprint, Interaction, OpportunityStatus } from '../../core/model';

/** The reasons a new site starts with; the leader edits the list. */
export const DEFAULT_REVIEW_REASONS: readonly string[] = ['Price', 'Competitor', 'No decision (status quo)', 'Timing', 'Product fit', 'Relationship'];

export interface ReviewRecord {
  /** The reviewed deal's external id (one record per deal: a second review replaces the first). */
  readonly opportunityId: string;
  /** The deal's name when reviewed, for the list view. */
  readonly dealName: string;
  readonly outcome: Exclude<OpportunityStatus, 'open'>;
  /** One of the site's review reasons (or a reason since removed from the list). */
  readonly reason: string;
  readonly lessons: string;
  readonly reviewedBy: string;
  readonly reviewedAt: number;
}

export interface StoredReviewRecord extends ReviewRecord {
  readonly itemId: number;
}

/** Where review records and the reason list live (the DealReviews list and the site's settings). */
export interface ReviewStore {
  /** Adds the deal's record, or replaces the one stored (keyed by the unique, indexed deal id). */
  save(record: ReviewRecord): Promise<StoredReviewRecord>;
  get(opportunityId: string): Promise<StoredReviewRecord | undefined>;
  /** Every record, paged in item-id order. */
  listAll(): Promise<StoredReviewRecord[]>;
  /** The outcome reasons the leader keeps; {@link DEFAULT_REVIEW_REASONS} until edited. */
  reasons(): Promise<string[]>;
  saveReasons(reasons: readonly string[]): Promise<void>;
}

/** What the reviews of one outcome reason say. */
export interface ReasonSummary {
  readonly outcome: 'won' | 'lost';
  readonly reason: string;
  readonly deals: number;
  /** The required blueprint exchange most often missing among those deals, and in how many; absent when none was missing. */
  readonly missed?: { readonly deliverable: string; readonly deals: number };
}

/**
 * Groups the records by outcome (no decision counts as lost) and reason, most deals first, with the
 * required exchange most of those deals never did (up to their review; ties: blueprint order). Pure.
 */
export function reviewSummary(records: readonly ReviewRecord[], interactions: ReadonlyMap<string, readonly Interaction[]>, blueprint: Blueprint): ReasonSummary[] {
  const required = [...blueprint.transactions].filter((t) => t.required).sort((x, y) => x.sequence - y.sequence);
  const groups = new Map<string, ReviewRecord[]>();
  for (const r of records) {
    const key = `${r.outcome === 'won' ? 'won' : 'lost'}\u0000${r.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()]
    .map(([key, group]): ReasonSummary => {
      const [outcome, reason] = key.split('\u0000') as ['won' | 'lost', string];
      let missed: ReasonSummary['missed'];
      for (const t of required) {
        const count = group.filter((r) => !(interactions.get(r.opportunityId) ?? []).some((i) => (i.transactionId ?? i.activity) === t.id)).length;
        if (count > 0 && (missed === undefined || count > missed.deals)) missed = { deliverable: t.deliverable, deals: count };
      }
      return { outcome, reason, deals: group.length, ...(missed ? { missed } : {}) };
    })
    .sort((x, y) => y.deals - x.deals || (x.outcome === y.outcome ? x.reason.localeCompare(y.reason) : x.outcome === 'lost' ? -1 : 1));
}

/** Reads every record and the reviewed deals' interactions, and summarises them. */
export async function loadReviewSummary(
  stores: { readonly reviews: ReviewStore; readonly interactions: { listByOpportunities(ids: readonly string[]): Promise<Map<string, Interaction[]>> } },
  blueprint: Blueprint
): Promise<ReasonSummary[]> {
  const records = await stores.reviews.listAll();
  const interactions = records.length === 0 ? new Map<string, Interaction[]>() : await stores.interactions.listByOpportunities(records.map((r) => r.opportunityId));
  return reviewSummary(records, interactions, blueprint);
}
