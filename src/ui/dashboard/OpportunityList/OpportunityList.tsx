import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, Dropdown, SearchBox, SelectionMode, useTheme, type IColumn } from '@fluentui/react';
import { SCORE_GRADE_CUTS, SCORE_TREND_THRESHOLD } from '../../../core/insights';
import type { OpportunityStatus } from '../../../core/model';
import type { OpportunityRecord } from '../../../services';
import { dashboardStringsFor } from '../../i18n/dashboard';
import { filterOpportunities, sortOpportunities, type OpportunitySortKey } from '../model/filterOpportunities';
import { personName } from '../model/personName';
import { opportunityColumns } from './columns';
import { getOpportunityListClassNames } from './OpportunityList.styles';
import type { IOpportunityListProps } from './OpportunityList.types';

const STATUSES: readonly OpportunityStatus[] = ['open', 'won', 'lost', 'no-decision'];
const ALL = '';

/** The opportunities in a virtualised DetailsList with search, status/stage/owner filters and column sorting. */
export function OpportunityList(props: IOpportunityListProps): React.ReactElement {
  const strings = dashboardStringsFor(props.locale);
  const theme = useTheme();
  const classNames = getOpportunityListClassNames(theme);
  const { filter, sort, onFilterChange, onSortChange } = props;
  const stageOrder = React.useMemo(() => new Map(props.stages.map((s) => [s.id, s.order])), [props.stages]);
  // Listed by name (people read names, not addresses); the key stays the login the filter compares.
  const owners = React.useMemo(() => [...new Set(props.records.map((r) => r.opportunity.owner))].map((o) => ({ key: o, text: personName(o) })).sort((a, b) => a.text.localeCompare(b.text, props.locale)), [props.records, props.locale]);
  const items = React.useMemo(
    () => sortOpportunities(filterOpportunities(props.records, filter), sort, stageOrder),
    [props.records, filter, sort, stageOrder]
  );
  const onColumnClick = (_: unknown, column?: IColumn): void => {
    if (!column) return;
    const key = column.key as OpportunitySortKey;
    // Amounts, scores and deviation counts are read largest first.
    onSortChange({ key, descending: sort.key === key ? !sort.descending : key === 'amount' || key === 'score' || key === 'deviations' });
  };
  const columns = opportunityColumns(strings, props.stages, sort, props.locale, props.onOpen, theme.semanticColors.bodyText).map((c) => ({ ...c, onColumnClick }));
  const statuses = filter.statuses ?? [];
  return (
    <section className={classNames.root} aria-labelledby="vn-list-heading">
      <h3 id="vn-list-heading" className={classNames.heading}>{strings.listHeading}</h3>
      <div className={classNames.filters} role="search">
        <SearchBox
          className={classNames.filter}
          placeholder={strings.search}
          ariaLabel={strings.search}
          value={filter.search ?? ''}
          onChange={(_, value) => onFilterChange({ ...filter, search: value ?? '' })}
        />
        <Dropdown
          className={classNames.filter}
          label={strings.statusFilter}
          multiSelect
          placeholder={strings.allStatuses}
          selectedKeys={[...statuses]}
          options={STATUSES.map((s) => ({ key: s, text: strings.statuses[s] }))}
          onChange={(_, option) => {
            if (!option) return;
            const key = option.key as OpportunityStatus;
            onFilterChange({ ...filter, statuses: option.selected ? [...statuses, key] : statuses.filter((s) => s !== key) });
          }}
        />
        <Dropdown
          className={classNames.filter}
          label={strings.stageFilter}
          selectedKey={filter.stageId ?? ALL}
          options={[{ key: ALL, text: strings.allStages }, ...props.stages.map((s) => ({ key: s.id, text: s.name }))]}
          onChange={(_, option) => option && onFilterChange({ ...filter, stageId: option.key === ALL ? undefined : String(option.key) })}
        />
        {!props.hideOwnerFilter && (
          <Dropdown
            className={classNames.filter}
            label={strings.ownerFilter}
            selectedKey={filter.owner ?? ALL}
            options={[{ key: ALL, text: strings.allOwners }, ...owners]}
            onChange={(_, option) => option && onFilterChange({ ...filter, owner: option.key === ALL ? undefined : String(option.key) })}
          />
        )}
      </div>
      <p className={classNames.count} role="status" aria-live="polite">{strings.shown(items.length, props.records.length)}</p>
      <div className={classNames.list} data-is-scrollable="true">
        <DetailsList
          items={items as OpportunityRecord[]}
          columns={columns}
          getKey={(item: OpportunityRecord) => item.opportunity.id}
          setKey="opportunities"
          selectionMode={SelectionMode.none}
          layoutMode={DetailsListLayoutMode.justified}
          ariaLabelForGrid={strings.listHeading}
          onItemInvoked={(item: OpportunityRecord) => props.onOpen(item.opportunity.id)}
        />
      </div>
      <p className={classNames.count} data-testid="score-legend">{strings.scoreLegend(SCORE_GRADE_CUTS, SCORE_TREND_THRESHOLD)}</p>
    </section>
  );
}
