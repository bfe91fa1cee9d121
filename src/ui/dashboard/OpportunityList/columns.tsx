import * as React from 'react';
import { Link, hiddenContentStyle, mergeStyles, type IColumn } from '@fluentui/react';
import type { Stage } from '../../../core/model';
import type { OpportunityRecord } from '../../../services';
import type { DashboardStrings } from '../../i18n/dashboard';
import { formatAmount, formatPercent } from '../format';
import type { OpportunitySort, OpportunitySortKey } from '../model/filterOpportunities';
import { personName } from '../model/personName';
import { scoreBadge, TREND_SYMBOLS } from '../model/scoreBadge';

const screenReaderOnly = mergeStyles(hiddenContentStyle);

/** The score cell: `72 B ↑` to the eye, `72, grade B, improving` to a screen reader. */
function scoreCell(record: OpportunityRecord, strings: DashboardStrings): React.ReactNode {
  const badge = scoreBadge(record.snapshot);
  if (badge === undefined) return strings.notAvailable;
  return (
    <span data-testid="score-cell" data-grade={badge.grade} data-trend={badge.trend}>
      <span aria-hidden="true">{`${badge.points} ${badge.grade} ${TREND_SYMBOLS[badge.trend]}`}</span>
      <span className={screenReaderOnly}>{strings.scoreCell(badge.points, badge.grade, strings.trends[badge.trend])}</span>
    </span>
  );
}

/** The list's columns; the sorted one carries Fluent's sort state so screen readers announce it. */
export function opportunityColumns(
  strings: DashboardStrings,
  stages: readonly Stage[],
  sort: OpportunitySort,
  locale: string,
  onOpen: (id: string) => void,
  linkColour: string
): IColumn[] {
  const stageName = new Map(stages.map((s) => [s.id, s.name]));
  const column = (key: OpportunitySortKey, name: string, minWidth: number, render: (r: OpportunityRecord) => React.ReactNode, numeric = false): IColumn => ({
    key,
    name,
    fieldName: key,
    minWidth,
    maxWidth: minWidth * 2,
    isResizable: true,
    isSorted: sort.key === key,
    isSortedDescending: sort.key === key && sort.descending,
    sortAscendingAriaLabel: 'A-Z',
    sortDescendingAriaLabel: 'Z-A',
    styles: numeric ? { cellTitle: { justifyContent: 'flex-end' } } : undefined,
    onRender: (item?: OpportunityRecord) => (item ? <span style={numeric ? { display: 'block', textAlign: 'right' } : undefined}>{render(item)}</span> : null)
  });
  return [
    column('name', strings.columns.name, 140, (r) => (
      <Link onClick={() => onOpen(r.opportunity.id)} styles={{ root: { color: linkColour, textDecoration: 'underline' } }} aria-label={strings.openDetails(r.opportunity.name ?? r.opportunity.id)}>
        {r.opportunity.name ?? r.opportunity.id}
      </Link>
    )),
    column('account', strings.columns.account, 110, (r) => r.opportunity.account),
    column('owner', strings.columns.owner, 150, (r) => <span title={r.opportunity.owner}>{personName(r.opportunity.owner)}</span>),
    column('stage', strings.columns.stage, 90, (r) => (r.stage === undefined ? '' : stageName.get(r.stage) ?? r.stage)),
    column('amount', strings.columns.amount, 80, (r) => formatAmount(r.opportunity.amount, locale, r.opportunity.currency), true),
    column('status', strings.columns.status, 70, (r) => strings.statuses[r.opportunity.status]),
    column('score', strings.columns.score, 64, (r) => scoreCell(r, strings), true),
    column('fitness', strings.columns.fitness, 60, (r) => formatPercent(r.snapshot?.fitness, locale, strings.notAvailable), true),
    column('deviations', strings.columns.deviations, 70, (r) => (r.snapshot ? String(r.snapshot.deviations.deviationCount) : strings.notAvailable), true)
  ];
}
