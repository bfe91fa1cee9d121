import type { Blueprint } from '../../../core/model';
import type { OpportunityRecord } from '../../../services';
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
}

export type DashboardAction =
  | { readonly type: 'loaded'; readonly records: readonly OpportunityRecord[]; readonly blueprint: Blueprint | undefined }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'reload' }
  | { readonly type: 'filter'; readonly filter: OpportunityFilter }
  | { readonly type: 'sort'; readonly sort: OpportunitySort }
  | { readonly type: 'grouping'; readonly grouping: HeatmapGrouping }
  | { readonly type: 'open'; readonly opportunityId: string }
  | { readonly type: 'close' };

/** The dashboard opens on open deals, most deviations first, the drill-down of a deep link open. */
export function initialDashboardState(openId: string | undefined): DashboardState {
  return { data: { phase: 'loading' }, filter: { statuses: [] }, sort: { key: 'deviations', descending: true }, grouping: 'owner', openId, revision: 0 };
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
  }
}
