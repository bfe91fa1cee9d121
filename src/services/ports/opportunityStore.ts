/** Port: the site's opportunities with their latest analysis. */
import type { AnalysisSnapshot, Opportunity, OpportunityStatus } from '../../core/model';
import type { UpsertReport, WriteReport } from './writeReport';

/** An opportunity as stored: the domain object, its current stage, and its latest analysis. */
export interface OpportunityRecord {
  readonly opportunity: Opportunity;
  /** The stage of the last stage-history entry, denormalised for list views. */
  readonly stage?: string;
  readonly snapshot?: AnalysisSnapshot;
  readonly itemId: number;
}

export interface OpportunityStore {
  /** Adds opportunities by external id; an id already stored counts as already stored and is not changed. */
  addMany(opportunities: readonly Opportunity[]): Promise<WriteReport>;
  /**
   * Adds new opportunities and updates stored ones (by external id) with `mergeOpportunity`: the
   * import's fields win, stage histories are united. Only the opportunity columns are written, never
   * the analysis snapshot. When an id occurs twice, the last one wins.
   */
  upsertMany(opportunities: readonly Opportunity[]): Promise<UpsertReport>;
  /** The records of these external ids (missing ids are left out), read through the unique indexed key. */
  getMany(externalIds: readonly string[]): Promise<OpportunityRecord[]>;
  /** Every opportunity with its snapshot, paged; never touches raw interactions. */
  listAll(): Promise<OpportunityRecord[]>;
  /**
   * The opportunities of one status, one page (at most `pageSize`, default and cap 5,000) at a time,
   * read through the indexed status column so the query keeps working past the list view threshold.
   */
  pagesByStatus(status: OpportunityStatus, pageSize?: number): AsyncIterable<OpportunityRecord[]>;
  /** Writes snapshots back by item id, in batches. */
  saveSnapshots(snapshots: readonly { readonly itemId: number; readonly snapshot: AnalysisSnapshot }[]): Promise<WriteReport>;
}
