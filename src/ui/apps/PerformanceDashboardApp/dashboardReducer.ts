import type { Blueprint } from '../../../core/model';
import { alertKeyOfSubEntity } from '../../../core/alerts';
import type { AlertDeals, FeedItem, OpportunityRecord } from '../../../services';
import type { OpportunityFilter, OpportunitySort } from '../../dashboard/model/filterOpportunities';
import type { HeatmapGrouping } from '../../dashboard/model/heatmap';

export type DashboardData =
  | { readonly phase: 'loading' }
  | { readonly phase: 'loaded'; readonly records: readonly OpportunityRecord[]; readonly blueprint: Blueprint | undefined }
  | { readonly phase: 'failed'; readonly message: string };

export interface DashboardState {
  readonly data: DashboardData;
  readonly filter: OpportunityFilter;
  readonly sort: OpportunitySort;
  readonly grouping: HeatmapGrouping;
  /** The opportunity whose drill-down is open. */
  readonly openId: string | undefined;
  /** Bumped to reload the records (after an import). */
  readonly revision: number;
  /** The alert whose deals the list shows (a deep link `alert:<key>`, or "Show these deals"). */
  readonly alertKey: string | undefined;
  /** What {@link alertKey} resolved to; the list filter follows it. */
  readonly alertDeals: AlertDeals | undefined;
  readonly feed: { readonly phase: 'loading' } | { readonly phase: 'loaded'; readonly items: readonly FeedItem[] } | { readonly phase: 'failed'; readonly message: string };
  /** Bumped to reload the feed (after an acknowledgement). */
  readonly feedRevision: number;
}

export type DashboardAction =
  | { readonly type: 'loaded'; readonly records: readonly OpportunityRecord[]; readonly blueprint: Blueprint | undefined }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'reload' }
  | { readonly type: 'filter'; readonly filter: OpportunityFilter }
  | { readonly type: 'sort'; readonly sort: OpportunitySort }
  | { readonly type: 'grouping'; readonly grouping: HeatmapGrouping }
  | { readonly type: 'open'; readonly opportunityId: string }
  | { readonly type: 'close' }
  | { readonly type: 'show-alert'; readonly dedupeKey: string }
  | { readonly type: 'alert-resolved'; readonly deals: AlertDeals }
  | { readonly type: 'clear-alert' }
  | { readonly type: 'feed-loaded'; readonly items: readonly FeedItem[] }
  | { readonly type: 'feed-failed'; readonly message: string }
  | { readonly type: 'feed-reload' };

/**
 * The dashboard opens on open deals, most deviations first, the drill-down of a deep link open; a
 * deep link to an alert (`alert:<dedupe key>`) opens the list filtered to that alert's deals.
 */
export function initialDashboardState(openId: string | undefined): DashboardState {
  const alertKey = alertKeyOfSubEntity(openId);
  return {
    data: { phase: 'loading' },
    filter: { statuses: [] },
    sort: { key: 'deviations', descending: true },
    grouping: 'owner',
    openId: alertKey === undefined ? openId : undefined,
    revision: 0,
    alertKey,
    alertDeals: undefined,
    feed: { phase: 'loading' },
    feedRevision: 0
  };
}

export function dashboardReducer(state: DashboardState, action: DashboardAction): DashboardState {
  switch (action.type) {
    case 'loaded': return { ...state, data: { phase: 'loaded', records: action.records, blueprint: action.blueprint } };
    case 'failed': return { ...state, data: { phase: 'failed', message: action.message } };
    // Keep showing the old figures while reloading; they are replaced when the new ones arrive.
    case 'reload': return { ...state, revision: state.revision + 1 };
    case 'filter': return { ...state, filter: action.filter };
    case 'sort': return { ...state, sort: action.sort };
    case 'grouping': return { ...state, grouping: action.grouping };
    case 'open': return { ...state, openId: action.opportunityId };
    case 'close': return { ...state, openId: undefined };
    case 'show-alert': return { ...state, alertKey: action.dedupeKey, alertDeals: undefined };
    case 'alert-resolved': {
      if (action.deals.kind !== 'found') return { ...state, alertDeals: action.deals, filter: { ...state.filter, opportunityIds: undefined } };
      // An alert's deals are shown whatever their status: a deal closed since the alert still belongs to it.
      return { ...state, alertDeals: action.deals, filter: { ...state.filter, statuses: [], opportunityIds: action.deals.dealIds } };
    }
    case 'clear-alert': return { ...state, alertKey: undefined, alertDeals: undefined, filter: { ...state.filter, opportunityIds: undefined } };
    case 'feed-loaded': return { ...state, feed: { phase: 'loaded', items: action.items } };
    case 'feed-failed': return { ...state, feed: { phase: 'failed', message: action.message } };
    case 'feed-reload': return { ...state, feedRevision: state.feedRevision + 1 };
  }
}
