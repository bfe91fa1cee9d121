import * as React from 'react';
import { Dropdown, type IDropdownOption, useTheme } from '@fluentui/react';
import type { EvidenceLevel } from '../../../core/insights';
import { insightsStringsFor } from '../../i18n/insights';
import { canFilterPatterns, filterPatternSummary, patternTeams } from '../../../services';
import { patternRows, sizeBandLabels, type PatternFilter } from '../model/insightsView';
import { getSuccessPatternsClassNames } from './SuccessPatterns.styles';
import type { ISuccessPatternsProps } from './SuccessPatterns.types';

const ALL = 'all';
// Shrinks to the pane on a 320 px phone instead of pushing the page sideways.
const dropdownStyles = { root: { minWidth: 'min(180px, 100%)', flex: '1 1 180px', maxWidth: 280 } };
const TEAM = 'team:';

/**
 * The success patterns stored with a model, strongest evidence first, filterable by team, closing
 * period and deal size (recounted from the tables stored per segment: no request, see
 * filterPatternSummary) and by evidence and effect.
 */
export function SuccessPatterns(props: ISuccessPatternsProps): React.ReactElement {
  const strings = insightsStringsFor(props.locale);
  const classNames = getSuccessPatternsClassNames(useTheme());
  const { filter } = props;
  const filterable = canFilterPatterns(props.summary);
  const summary = React.useMemo(
    () => filterPatternSummary(props.summary, { team: filter.team, closedWithinMonths: filter.closedWithinMonths, band: filter.band }),
    [props.summary, filter.team, filter.closedWithinMonths, filter.band]
  );
  const rows = React.useMemo(() => patternRows(summary, filter, props.locale), [summary, filter, props.locale]);
  const teamOptions: IDropdownOption[] = [{ key: ALL, text: strings.all }, ...patternTeams(props.summary).map((team) => ({ key: `${TEAM}${team}`, text: team === '' ? strings.noTeam : team }))];
  const periodOptions: IDropdownOption[] = [{ key: ALL, text: strings.all }, ...([6, 12, 24] as const).map((months) => ({ key: String(months), text: strings.closedWithin(months) }))];
  const sizeOptions: IDropdownOption[] = [{ key: ALL, text: strings.all }, ...sizeBandLabels(props.locale).map((text, band) => ({ key: String(band), text }))];
  const shown = rows.slice(0, props.top ?? 15);
  const evidenceOptions: IDropdownOption[] = [
    { key: 'all', text: strings.all },
    ...(['strong', 'moderate', 'weak'] as const).map((level) => ({ key: level, text: strings.evidence[level] }))
  ];
  const directionOptions: IDropdownOption[] = [
    { key: 'all', text: strings.all },
    { key: 'helps', text: strings.helps },
    { key: 'hurts', text: strings.hurts }
  ];
  return (
    <section className={classNames.root} aria-label={strings.patternsHeading}>
      <h3 className={classNames.heading}>{strings.patternsHeading}</h3>
      <p>{strings.patternsIntro(summary.won, summary.lost)}</p>
      <div className={classNames.filters}>
        {filterable && (
          <>
            <Dropdown
              label={strings.teamFilter}
              options={teamOptions}
              selectedKey={filter.team === undefined ? ALL : `${TEAM}${filter.team}`}
              onChange={(_, option) => option && props.onFilterChange({ ...filter, team: option.key === ALL ? undefined : String(option.key).slice(TEAM.length) })}
              styles={dropdownStyles}
            />
            <Dropdown
              label={strings.periodFilter}
              options={periodOptions}
              selectedKey={filter.closedWithinMonths === undefined ? ALL : String(filter.closedWithinMonths)}
              onChange={(_, option) => option && props.onFilterChange({ ...filter, closedWithinMonths: option.key === ALL ? undefined : (Number(option.key) as 6 | 12 | 24) })}
              styles={dropdownStyles}
            />
            <Dropdown
              label={strings.sizeFilter}
              options={sizeOptions}
              selectedKey={filter.band === undefined ? ALL : String(filter.band)}
              onChange={(_, option) => option && props.onFilterChange({ ...filter, band: option.key === ALL ? undefined : Number(option.key) })}
              styles={dropdownStyles}
            />
          </>
        )}
        <Dropdown
          label={strings.evidenceFilter}
          options={evidenceOptions}
          selectedKey={filter.evidence}
          onChange={(_, option) => option && props.onFilterChange({ ...filter, evidence: option.key as EvidenceLevel | 'all' })}
          styles={dropdownStyles}
        />
        <Dropdown
          label={strings.directionFilter}
          options={directionOptions}
          selectedKey={filter.direction}
          onChange={(_, option) => option && props.onFilterChange({ ...filter, direction: option.key as PatternFilter['direction'] })}
          styles={dropdownStyles}
        />
      </div>
      {!filterable && <p className={classNames.note} data-testid="retrain-to-filter">{strings.retrainToFilter}</p>}
      {shown.length === 0 ? (
        <p>{strings.noPatterns}</p>
      ) : (
        <ol className={classNames.list}>
          {shown.map((row) => (
            <li key={row.key} className={classNames.item} data-pattern={row.evidence}>
              <span className={classNames.label}>{row.label}</span>
              <span className={classNames.badge}>{row.evidenceText}</span>
              <span className={classNames.badge}>{row.direction === 'hurts' ? strings.hurts : strings.helps}</span>
              <p className={classNames.detail}>{row.rates}; {row.statistics}</p>
              {row.sentence !== undefined && <p className={classNames.detail}>{row.sentence}</p>}
            </li>
          ))}
        </ol>
      )}
      {summary.found > summary.patterns.length && <p className={classNames.note}>{strings.patternsCut(summary.patterns.length, summary.found)}</p>}
      {summary.leftOut.length > 0 && <p className={classNames.note}>{strings.patternsLeftOut(summary.leftOut.map((name) => `"${name}"`).join(', '))}</p>}
    </section>
  );
}
