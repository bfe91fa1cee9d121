import type { OpportunityStatus } from '../../../core/model';
import type { OpportunityRecord } from '../../../services';

/** What the opportunity list shows; empty or absent criteria match everything. */
export interface OpportunityFilter {
  readonly statuses?: readonly OpportunityStatus[];
  readonly stageId?: string;
  readonly owner?: string;
  /** Case-insensitive substring of the id, name, account or owner. */
  readonly search?: string;
  /** Exactly these deals (an alert's), whatever their status. */
  readonly opportunityIds?: readonly string[];
}

export type OpportunitySortKey = 'name' | 'account' | 'owner' | 'stage' | 'amount' | 'status' | 'score' | 'fitness' | 'deviations';

export interface OpportunitySort {
  readonly key: OpportunitySortKey;
  readonly descending: boolean;
}

/**
 * The records matching every given criterion, in their given order. Owner comparison ignores case
 * because SharePoint login names and UPNs differ only in case across sources.
 */
export function filterOpportunities(records: readonly OpportunityRecord[], filter: OpportunityFilter): OpportunityRecord[] {
  const search = filter.search?.trim().toLowerCase() ?? '';
  const owner = filter.owner?.toLowerCase();
  const ids = filter.opportunityIds ? new Set(filter.opportunityIds) : undefined;
  return records.filter((r) => {
    const o = r.opportunity;
    if (ids && !ids.has(o.id)) return false;
    if (filter.statuses && filter.statuses.length > 0 && !filter.statuses.includes(o.status)) return false;
    if (filter.stageId && r.stage !== filter.stageId) return false;
    if (owner && o.owner.toLowerCase() !== owner) return false;
    if (search === '') return true;
    return [o.id, o.name ?? '', o.account, o.owner].some((text) => text.toLowerCase().includes(search));
  });
}

function sortValue(record: OpportunityRecord, key: OpportunitySortKey, stageOrder: ReadonlyMap<string, number>): string | number {
  const o = record.opportunity;
  switch (key) {
    case 'name': return (o.name ?? o.id).toLowerCase();
    case 'account': return o.account.toLowerCase();
    case 'owner': return o.owner.toLowerCase();
    case 'stage': return record.stage === undefined ? -1 : stageOrder.get(record.stage) ?? -1;
    case 'amount': return o.amount;
    case 'status': return o.status;
    case 'score': return record.snapshot?.score ?? -1;
    case 'fitness': return record.snapshot?.fitness ?? -1;
    case 'deviations': return record.snapshot?.deviations.deviationCount ?? -1;
  }
}

/**
 * A sorted copy (the input is not changed). Ties keep the opportunity id order so the list never
 * jumps between renders. Stages sort by blueprint order; records without a value (no stage, not
 * analysed, no stored score) come first ascending.
 */
export function sortOpportunities(records: readonly OpportunityRecord[], sort: OpportunitySort, stageOrder: ReadonlyMap<string, number>): OpportunityRecord[] {
  const sign = sort.descending ? -1 : 1;
  return records
    .map((record) => ({ record, value: sortValue(record, sort.key, stageOrder) }))
    .sort((a, b) => {
      const byValue = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
      if (byValue !== 0) return sign * byValue;
      const x = a.record.opportunity.id;
      const y = b.record.opportunity.id;
      return x < y ? -1 : x > y ? 1 : 0;
    })
    .map((e) => e.record);
}
