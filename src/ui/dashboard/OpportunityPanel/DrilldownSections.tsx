import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { compareNetworks, blueprintNetwork, interactionNetwork } from '../../../core/network';
import type { Blueprint, Interaction, Opportunity } from '../../../core/model';
import type { AlertRecord } from '../../../services';
import type { DashboardStrings } from '../../i18n/dashboard';
import { formatDate } from '../format';
import { exchangeTimeline, roleCoverage, withTransactionRoles } from '../model/exchangeTimeline';
import { exchangeStatusColour, getOpportunityPanelClassNames } from './OpportunityPanel.styles';

interface ISectionProps {
  readonly blueprint: Blueprint;
  readonly opportunity: Opportunity;
  readonly interactions: readonly Interaction[];
  readonly strings: DashboardStrings;
  readonly locale: string;
}

/** Expected exchanges in blueprint order against what happened, with each one's status. */
export function TimelineSection(props: ISectionProps & { readonly now: number; readonly lateToleranceDays: number }): React.ReactElement {
  const theme = useTheme();
  const classNames = getOpportunityPanelClassNames(theme);
  const { strings, locale } = props;
  const rows = exchangeTimeline(props.blueprint, props.opportunity, props.interactions, props.now, props.lateToleranceDays);
  const stageName = new Map(props.blueprint.stages.map((s) => [s.id, s.name]));
  return (
    <section className={classNames.section} aria-labelledby="vn-drill-timeline">
      <h3 id="vn-drill-timeline" className={classNames.heading}>{strings.timelineHeading}</h3>
      <table className={classNames.table} data-testid="timeline">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{strings.exchange}</th>
            <th scope="col">{strings.stage}</th>
            <th scope="col">{strings.expected}</th>
            <th scope="col">{strings.actual}</th>
            <th scope="col">{strings.columns.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.transaction.id} data-transaction={row.transaction.id}>
              <td>{row.transaction.sequence}</td>
              <th scope="row">{row.transaction.deliverable}</th>
              <td>{stageName.get(row.transaction.stage) ?? row.transaction.stage}</td>
              <td>{formatDate(row.expectedBy, locale, '–')}</td>
              <td>{row.count > 1 ? `${formatDate(row.actualAt, locale, '–')} (×${row.count})` : formatDate(row.actualAt, locale, '–')}</td>
              <td className={classNames.status} style={{ color: exchangeStatusColour(theme, row.status) }}>{strings.exchangeStatuses[row.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Interactions and distinct people per blueprint role. */
export function RoleCoverageSection(props: ISectionProps): React.ReactElement {
  const classNames = getOpportunityPanelClassNames(useTheme());
  const { strings } = props;
  return (
    <section className={classNames.section} aria-labelledby="vn-drill-roles">
      <h3 id="vn-drill-roles" className={classNames.heading}>{strings.roleCoverageHeading}</h3>
      <table className={classNames.table} data-testid="roles">
        <thead>
          <tr><th scope="col">{strings.role}</th><th scope="col">{strings.people}</th><th scope="col">{strings.interactionsCount}</th></tr>
        </thead>
        <tbody>
          {roleCoverage(props.blueprint, props.interactions).map((row) => (
            <tr key={row.roleId}><th scope="row">{row.roleName}</th><td>{row.people}</td><td>{row.interactions}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Planned exchanges that never happened and observed exchanges between roles the blueprint does not connect. */
export function NetworkSection(props: ISectionProps): React.ReactElement {
  const classNames = getOpportunityPanelClassNames(useTheme());
  const { strings } = props;
  const comparison = compareNetworks(blueprintNetwork(props.blueprint), interactionNetwork(withTransactionRoles(props.blueprint, props.interactions), props.blueprint.roles, props.blueprint.transactions));
  const roleName = new Map(props.blueprint.roles.map((r) => [r.id, r.name]));
  const line = (e: { source: string; target: string; label: string }): string => `${roleName.get(e.source) ?? e.source} → ${roleName.get(e.target) ?? e.target}: ${e.label}`;
  return (
    <section className={classNames.section} aria-labelledby="vn-drill-network">
      <h3 id="vn-drill-network" className={classNames.heading}>{strings.networkHeading}</h3>
      <p className={classNames.facts}>{strings.deadLinks} ({comparison.deadLinks.length})</p>
      <ul className={classNames.list} data-testid="dead-links">
        {comparison.deadLinks.length === 0 ? <li>{strings.none}</li> : comparison.deadLinks.map((e, i) => <li key={i}>{line(e)}</li>)}
      </ul>
      <p className={classNames.facts}>{strings.unplanned} ({comparison.unplanned.length})</p>
      <ul className={classNames.list} data-testid="unplanned">
        {comparison.unplanned.length === 0 ? <li>{strings.none}</li> : comparison.unplanned.map((e, i) => <li key={i}>{line(e)} (×{e.count})</li>)}
      </ul>
    </section>
  );
}

/** Alerts recorded for the opportunity, newest first; `undefined` when the site has no alert log service. */
export function AlertsSection(props: { readonly alerts: readonly AlertRecord[] | undefined; readonly strings: DashboardStrings; readonly locale: string }): React.ReactElement {
  const classNames = getOpportunityPanelClassNames(useTheme());
  const { strings } = props;
  const alerts = props.alerts ? [...props.alerts].sort((a, b) => b.recordedAt - a.recordedAt) : undefined;
  return (
    <section className={classNames.section} aria-labelledby="vn-drill-alerts">
      <h3 id="vn-drill-alerts" className={classNames.heading}>{strings.alertsHeading}</h3>
      {alerts === undefined ? (
        <p className={classNames.facts}>{strings.alertsUnavailable}</p>
      ) : alerts.length === 0 ? (
        <p className={classNames.facts}>{strings.alertsNone}</p>
      ) : (
        <ul className={classNames.list} data-testid="alerts">
          {alerts.map((a) => <li key={a.dedupeKey}>{formatDate(a.recordedAt, props.locale, '')} · {a.severity} · {a.channel} · {a.status}: {a.summary}</li>)}
        </ul>
      )}
    </section>
  );
}
