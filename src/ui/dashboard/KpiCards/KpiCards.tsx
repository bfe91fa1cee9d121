import * as React from 'react';
import { DirectionalHint, getId, Icon, TooltipHost, useTheme } from '@fluentui/react';
import { dashboardStringsFor } from '../../i18n/dashboard';
import { formatAmount, formatPercent } from '../format';
import { getKpiCardsClassNames } from './KpiCards.styles';
import type { IKpiCardsProps } from './KpiCards.types';

interface Card {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly detail: string;
  readonly definition: string;
}

/** The three headline figures; each label carries its exact definition in a tooltip (and for screen readers). */
export function KpiCards(props: IKpiCardsProps): React.ReactElement {
  const strings = dashboardStringsFor(props.locale);
  const classNames = getKpiCardsClassNames(useTheme());
  const { kpis, locale } = props;
  const [idPrefix] = React.useState(() => getId('vn-kpi'));
  const cards: Card[] = [
    { key: 'conformance', label: strings.conformanceRate, value: formatPercent(kpis.conformanceRate, locale, strings.notAvailable), detail: `${strings.conformanceDetail(kpis.conformingOpen, kpis.analysedOpen)} · ${strings.fitnessBands(kpis.fitnessBands.low, kpis.fitnessBands.medium, kpis.fitnessBands.high)}`, definition: strings.conformanceRateDefinition },
    { key: 'win', label: strings.winRate, value: formatPercent(kpis.winRate, locale, strings.notAvailable), detail: strings.winRateDetail(kpis.won, kpis.closed), definition: strings.winRateDefinition },
    { key: 'risk', label: strings.valueAtRisk, value: formatAmount(kpis.valueAtRisk, locale, kpis.currency), detail: strings.valueAtRiskDetail(kpis.atRiskCount, formatAmount(kpis.openPipeline, locale, kpis.currency)), definition: strings.valueAtRiskDefinition }
  ];
  return (
    <ul className={classNames.root} aria-label={strings.kpiHeading}>
      {cards.map((card) => (
        <li key={card.key} className={classNames.card} data-kpi={card.key}>
          <TooltipHost content={card.definition} directionalHint={DirectionalHint.bottomLeftEdge}>
            <p className={classNames.label} tabIndex={0} aria-describedby={`${idPrefix}-${card.key}`}>
              {card.label} <Icon iconName="Info" aria-hidden />
            </p>
          </TooltipHost>
          <span id={`${idPrefix}-${card.key}`} className={classNames.definition} hidden>{card.definition}</span>
          <p className={classNames.value} data-kpi-value>{card.value}</p>
          <p className={classNames.detail}>{card.detail}</p>
        </li>
      ))}
    </ul>
  );
}
