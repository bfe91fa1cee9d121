import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { dashboardStringsFor } from '../../i18n/dashboard';
import { formatNumber, formatPercent } from '../format';
import { funnelColours, getFunnelChartClassNames } from './FunnelChart.styles';
import type { IFunnelChartProps } from './FunnelChart.types';

const ROW = 28;
const LABEL = 150;
const WIDTH = 600;

/**
 * The funnel as a centred-bar SVG (deals reached per stage; a tick marks what the ideal conversion
 * would have kept from the stage before) and, for screen readers and exact figures, a table of
 * reached, conversion, ideal and median days. The SVG is decorative next to the table.
 */
export function FunnelChart(props: IFunnelChartProps): React.ReactElement {
  const strings = dashboardStringsFor(props.locale);
  const theme = useTheme();
  const classNames = getFunnelChartClassNames(theme);
  const colours = funnelColours(theme);
  const name = new Map(props.stages.map((s) => [s.id, s.name]));
  const rows = props.report.stages;
  const top = Math.max(1, ...rows.map((r) => r.reached));
  const barSpace = WIDTH - LABEL - 60;
  const leak = props.report.biggestLeak;
  return (
    <section className={classNames.root} aria-labelledby="vn-funnel-heading">
      <h3 id="vn-funnel-heading" className={classNames.heading}>{strings.funnelHeading}</h3>
      <p className={classNames.description} data-testid="funnel-rule">
        {strings.funnelDescription(props.idealSellers, props.idealSample?.closedDeals ?? 0, props.idealSample?.rankedSellers ?? props.idealSellers, props.idealSample?.minClosed ?? 5)}
      </p>
      {props.tooFewDeals && <p className={classNames.description} data-testid="funnel-too-few">{strings.tooFewDeals(props.tooFewDeals.closed, props.tooFewDeals.minClosed)}</p>}
      <svg className={classNames.svg} viewBox={`0 0 ${WIDTH} ${rows.length * ROW + 4}`} aria-hidden="true" focusable="false">
        {rows.map((row, i) => {
          const width = (row.reached / top) * barSpace;
          const previous = i === 0 ? undefined : rows[i - 1];
          const idealPrev = previous?.idealConversion;
          const idealWidth = previous && idealPrev !== undefined ? ((previous.reached * idealPrev) / top) * barSpace : undefined;
          const x0 = LABEL + (barSpace - width) / 2;
          return (
            <g key={row.stageId} transform={`translate(0 ${i * ROW + 2})`}>
              <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" fill={colours.text} fontSize={12}>{name.get(row.stageId) ?? row.stageId}</text>
              <rect x={x0} y={3} width={Math.max(width, 1)} height={ROW - 6} fill={colours.bar} rx={2} />
              {idealWidth !== undefined && (
                <rect x={LABEL + (barSpace - idealWidth) / 2} y={1} width={Math.max(idealWidth, 1)} height={ROW - 2} fill="none" stroke={colours.ideal} strokeDasharray="4 3" strokeWidth={1.5} />
              )}
              <text x={LABEL + barSpace + 6} y={ROW / 2 + 4} fill={colours.text} fontSize={12}>{row.reached}</text>
            </g>
          );
        })}
      </svg>
      <table className={classNames.table}>
        <caption className={classNames.description}>{strings.funnelHeading}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.stage}</th>
            <th scope="col" className={classNames.numeric}>{strings.reached}</th>
            <th scope="col" className={classNames.numeric}>{strings.conversion}</th>
            <th scope="col" className={classNames.numeric}>{strings.idealConversion}</th>
            <th scope="col" className={classNames.numeric}>{strings.medianDays}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.stageId} data-stage={row.stageId}>
              <th scope="row">{name.get(row.stageId) ?? row.stageId}</th>
              <td className={classNames.numeric}>{row.reached}</td>
              <td className={classNames.numeric}>{formatPercent(row.conversion, props.locale, strings.notAvailable)}</td>
              <td className={classNames.numeric}>{formatPercent(row.idealConversion, props.locale, strings.notAvailable)}</td>
              <td className={classNames.numeric}>{formatNumber(row.medianDays, props.locale, strings.notAvailable)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {leak !== undefined && <p className={classNames.leak}>{strings.biggestLeak(name.get(leak) ?? leak)}</p>}
    </section>
  );
}
