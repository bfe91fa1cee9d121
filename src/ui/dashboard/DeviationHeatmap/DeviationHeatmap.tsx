import * as React from 'react';
import { ChoiceGroup, useTheme } from '@fluentui/react';
import { dashboardStringsFor } from '../../i18n/dashboard';
import type { HeatmapGrouping } from '../model/heatmap';
import { personName } from '../model/personName';
import { getDeviationHeatmapClassNames, heatmapScale, heatmapStep } from './DeviationHeatmap.styles';
import type { IDeviationHeatmapProps } from './DeviationHeatmap.types';

/**
 * Deviations of open deals per stage (columns) and per seller or team (rows), switchable; a real table
 * for screen readers. Each cell also carries a bar along its bottom, 2 px per scale step, in its text
 * colour: high-contrast palettes collapse the tints to one or two shades, the bar keeps the steps apart.
 */
export function DeviationHeatmap(props: IDeviationHeatmapProps): React.ReactElement {
  const strings = dashboardStringsFor(props.locale);
  const theme = useTheme();
  const classNames = getDeviationHeatmapClassNames(theme);
  const scale = heatmapScale(theme);
  const name = new Map(props.stages.map((s) => [s.id, s.name]));
  const { heatmap } = props;
  return (
    <section className={classNames.root} aria-labelledby="vn-heatmap-heading">
      <div className={classNames.header}>
        <h3 id="vn-heatmap-heading" className={classNames.heading}>{strings.heatmapHeading}</h3>
        <ChoiceGroup
          label={strings.heatmapBy}
          selectedKey={props.grouping}
          options={[{ key: 'owner', text: strings.bySeller }, { key: 'team', text: strings.byTeam }]}
          onChange={(_, option) => option && props.onGroupingChange(option.key as HeatmapGrouping)}
          styles={{ flexContainer: { display: 'flex', gap: 12 } }}
        />
      </div>
      {heatmap.rows.length === 0 ? (
        <p>{strings.heatmapEmpty}</p>
      ) : (
        <div className={classNames.scroller} tabIndex={0} role="region" aria-label={strings.heatmapHeading}>
          <table className={classNames.table}>
            <thead>
              <tr>
                <th scope="col">{props.grouping === 'owner' ? strings.bySeller : strings.byTeam}</th>
                {heatmap.stageIds.map((id) => <th key={id} scope="col">{name.get(id) ?? id}</th>)}
              </tr>
            </thead>
            <tbody>
              {heatmap.rows.map((group, r) => {
                const label = props.grouping === 'owner' ? personName(group) : group;
                return (
                <tr key={group}>
                  <th scope="row" title={group}>{label}</th>
                  {heatmap.cells[r].map((count, c) => {
                    const level = heatmapStep(count, heatmap.max);
                    const step = scale[level];
                    return (
                      <td key={heatmap.stageIds[c]} className={classNames.cell} data-step={level} style={{ background: step.background, color: step.color, boxShadow: level > 0 ? `inset 0 -${2 * level}px 0 ${step.color}` : undefined }} title={strings.heatmapCell(label, name.get(heatmap.stageIds[c]) ?? heatmap.stageIds[c], count)}>
                        {count}
                      </td>
                    );
                  })}
                </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
