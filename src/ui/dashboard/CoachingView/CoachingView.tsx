import * as React from 'react';
import { Dropdown, useTheme } from '@fluentui/react';
import { coachingStringsFor } from '../../i18n/coaching';
import { formatAmount, formatNumber, formatPercent } from '../format';
import { personName } from '../model/personName';
import { AttentionList } from './AttentionList';
import { getCoachingViewClassNames } from './CoachingView.styles';
import type { ICoachingViewProps } from './CoachingView.types';

const ALL = '__all__';

/**
 * A manager's coaching view: per seller, stage conversion against the benchmark and median days per
 * stage, stuck deals, open pipeline and coverage against quota; below, the deals that need attention.
 * One team filter narrows both. A stage below the benchmark is bold in the error colour.
 */
export function CoachingView(props: ICoachingViewProps): React.ReactElement {
  const strings = coachingStringsFor(props.locale);
  const classNames = getCoachingViewClassNames(useTheme());
  const [team, setTeam] = React.useState<string | undefined>(undefined);
  const teams = React.useMemo(() => [...new Set(props.sellers.map((s) => s.team).filter((t): t is string => t !== undefined))].sort(), [props.sellers]);
  const sellers = team === undefined ? props.sellers : props.sellers.filter((s) => s.team === team);
  const attention = team === undefined ? props.attention : props.attention.filter((d) => d.record.opportunity.team === team);
  const stages = [...props.blueprint.stages].sort((a, b) => a.order - b.order);
  const na = strings.notAvailable;
  const percent = (v: number | undefined): string => formatPercent(v, props.locale, na);
  return (
    <section className={classNames.root} aria-labelledby="vn-coaching-heading" data-testid="coaching">
      <div className={classNames.header}>
        <h3 id="vn-coaching-heading" className={classNames.heading}>{strings.coachingHeading}</h3>
        <Dropdown
          className={classNames.filter}
          label={strings.teamFilter}
          selectedKey={team ?? ALL}
          options={[{ key: ALL, text: strings.allTeams }, ...teams.map((t) => ({ key: t, text: t }))]}
          onChange={(_, option) => option && setTeam(option.key === ALL ? undefined : String(option.key))}
        />
      </div>
      <p className={classNames.description}>{strings.coachingDescription(sellers.length)}</p>
      <div className={classNames.scroller} tabIndex={0} role="region" aria-label={strings.coachingHeading}>
        <table className={classNames.table} data-testid="seller-health">
          <thead>
            <tr>
              <th scope="col">{strings.seller}</th>
              <th scope="col">{strings.team}</th>
              <th scope="col" className={classNames.numeric}>{strings.winRate}</th>
              {stages.map((s) => <th key={s.id} scope="col" className={classNames.numeric}>{s.name}</th>)}
              <th scope="col">{strings.leak}</th>
              <th scope="col" className={classNames.numeric}>{strings.stuck}</th>
              <th scope="col" className={classNames.numeric}>{strings.pipeline}</th>
              <th scope="col" className={classNames.numeric}>{strings.coverage}</th>
            </tr>
          </thead>
          <tbody>
            {sellers.map((seller) => (
              <tr key={seller.owner} data-owner={seller.owner}>
                <th scope="row" title={seller.owner}>{personName(seller.owner)}</th>
                <td>{seller.team ?? na}</td>
                <td className={classNames.numeric}>{`${percent(seller.winRate)} (${strings.wonOfClosed(seller.won, seller.closedDeals)})`}</td>
                {seller.stages.map((row) => (
                  <td key={row.stageId} className={`${classNames.numeric} ${row.gap !== undefined && row.gap < 0 ? classNames.below : ''}`}>
                    {strings.stageCell(percent(row.conversion), percent(row.idealConversion), formatNumber(row.medianDays, props.locale, na))}
                  </td>
                ))}
                <td>{seller.biggestLeak === undefined ? na : stages.find((s) => s.id === seller.biggestLeak)?.name ?? seller.biggestLeak}</td>
                <td className={classNames.numeric}>{seller.stuck.length}</td>
                <td className={classNames.numeric}>{formatAmount(seller.openPipeline, props.locale, props.currency)}</td>
                <td className={classNames.numeric}>{seller.coverage === undefined ? strings.noQuota : formatNumber(seller.coverage, props.locale, na) + '×'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AttentionList deals={attention} blueprint={props.blueprint} currency={props.currency} locale={props.locale} onOpen={props.onOpen} />
    </section>
  );
}
