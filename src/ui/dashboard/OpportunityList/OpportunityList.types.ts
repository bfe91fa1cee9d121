import type { Stage } from '../../../core/model';
import type { OpportunityRecord } from '../../../services';
import type { OpportunityFilter, OpportunitySort } from '../model/filterOpportunities';

export interface IOpportunityListProps {
  /** Every record in scope (the list filters and sorts them). */
  readonly records: readonly OpportunityRecord[];
  readonly stages: readonly Stage[];
  readonly filter: OpportunityFilter;
  readonly sort: OpportunitySort;
  readonly onFilterChange: (filter: OpportunityFilter) => void;
  readonly onSortChange: (sort: OpportunitySort) => void;
  /** Opens the drill-down of an opportunity id. */
  readonly onOpen: (opportunityId: string) => void;
  /** Hide the owner filter (a seller's own deals). */
  readonly hideOwnerFilter?: boolean;
  readonly locale: string;
}
