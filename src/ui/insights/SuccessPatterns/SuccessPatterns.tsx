import * as React from 'react';
import { Dropdown, type IDropdownOption, useTheme } from '@fluentui/react';
import type { EvidenceLevel } from '../../../core/insights';
import { insightsStringsFor } from '../../i18n/insights';
import { patternRows, type PatternFilter } from '../model/insightsView';
import { getSuccessPatternsClassNames } from './SuccessPatterns.styles';
import type { ISuccessPatternsProps } from './SuccessPatterns.types';

/** The success patterns stored with a model, strongest evidence first, filterable by evidence and effect. */
export function SuccessPatterns(props: ISuccessPatternsProps): React.ReactElement {
  const strings = insightsStringsFor(props.locale);
  const classNames = getSuccessPatternsClassNames(useTheme());
  const { summary, filter } = props;
  const rows = React.useMemo(() => patternRows(summary, filter, props.locale), [summary, filter, props.locale]);
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
        <Dropdown
          label={strings.evidenceFilter}
          options={evidenceOptions}
          selectedKey={filter.evidence}
          onChange={(_, option) => option && props.onFilterChange({ ...filter, evidence: option.key as EvidenceLevel | 'all' })}
          styles={{ root: { minWidth: 180 } }}
        />
        <Dropdown
          label={strings.directionFilter}
          options={directionOptions}
          selectedKey={filter.direction}
          onChange={(_, option) => option && props.onFilterChange({ ...filter, direction: option.key as PatternFilter['direction'] })}
          styles={{ root: { minWidth: 180 } }}
        />
      </div>
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
