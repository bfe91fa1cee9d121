import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { analyseNetwork, type Finding } from '../../../services';
import type { DesignerStrings } from '../../i18n/designer';
import { getAnalysisPanelClassNames } from './AnalysisPanel.styles';
import type { IAnalysisPanelProps } from './AnalysisPanel.types';

/** A finding as one plain-language sentence in the user's language. */
export function describeFinding(finding: Finding, roleName: (id: string) => string, strings: DesignerStrings, locale: string): string {
  const percent = (share: number): string => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  switch (finding.kind) {
    case 'isolated':
      return strings.findingIsolated(roleName(finding.roleId));
    case 'overburdened':
      return strings.findingOverburdened(roleName(finding.roleId), finding.transactions, new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(finding.average));
    case 'one-way':
      return finding.direction === 'gives-only' ? strings.findingGivesOnly(roleName(finding.roleId)) : strings.findingReceivesOnly(roleName(finding.roleId));
    case 'broker':
      return strings.findingBroker(roleName(finding.roleId), percent(finding.betweenness));
    case 'low-reciprocity':
      return strings.findingLowReciprocity(percent(finding.reciprocity));
  }
}

/** Exchange analysis and network metrics of the edited blueprint, with findings in plain language. */
export function AnalysisPanel(props: IAnalysisPanelProps): React.ReactElement {
  const { strings, blueprint, locale } = props;
  const classNames = getAnalysisPanelClassNames(useTheme());
  const analysis = React.useMemo(() => analyseNetwork(blueprint), [blueprint]);
  const roleName = (id: string): string => blueprint.roles.find((r) => r.id === id)?.name ?? id;
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
  return (
    <div className={classNames.root}>
      <h3 className={classNames.heading} id="vn-analysis-heading">{strings.analysisHeading}</h3>
      <div className={classNames.scroller} role="region" aria-labelledby="vn-analysis-heading" tabIndex={0}>
        <table className={classNames.table} aria-labelledby="vn-analysis-heading">
          <thead>
            <tr>
              {[strings.panelRole, strings.side, strings.given, strings.received, strings.balance, strings.betweenness].map((h) => (
                <th key={h} scope="col" className={classNames.th}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {analysis.roles.map((r) => (
              <tr key={r.roleId}>
                <th scope="row" className={classNames.td}>{r.name}</th>
                <td className={classNames.td}>{strings.sides[r.side] ?? r.side}</td>
                <td className={classNames.td}>{strings.tangibleIntangible(r.givenTangible, r.givenIntangible)}</td>
                <td className={classNames.td}>{strings.tangibleIntangible(r.receivedTangible, r.receivedIntangible)}</td>
                <td className={classNames.td}>{signed(r.balance)}</td>
                <td className={classNames.td}>{decimal.format(r.betweenness)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{strings.reciprocity(percent.format(analysis.reciprocity))}</p>
      <h3 className={classNames.heading}>{strings.findingsHeading}</h3>
      {analysis.findings.length === 0 ? (
        <p>{strings.noFindings}</p>
      ) : (
        <ul className={classNames.findings}>
          {analysis.findings.map((f, i) => <li key={i}>{describeFinding(f, roleName, strings, locale)}</li>)}
        </ul>
      )}
    </div>
  );
}
