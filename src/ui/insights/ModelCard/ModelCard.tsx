import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, useTheme } from '@fluentui/react';
import { insightsStringsFor } from '../../i18n/insights';
import { getModelCardClassNames } from './ModelCard.styles';
import type { IModelCardProps } from './ModelCard.types';

/**
 * One stored score model: what it learnt from, its test in plain words, the figures against the
 * stage-only baseline and the calibration as a table with bars (average score vs share won).
 */
export function ModelCard(props: IModelCardProps): React.ReactElement {
  const strings = insightsStringsFor(props.locale);
  const classNames = getModelCardClassNames(useTheme());
  const { view } = props;
  const evaluation = view.evaluation;
  return (
    <section className={classNames.root} aria-label={props.heading} data-model-id={view.modelId}>
      <h3 className={classNames.heading}>{props.heading}</h3>
      <ul className={classNames.facts}>
        <li><strong>{view.kind}</strong>: {view.trainedOn}</li>
        <li>{view.trainedAt}</li>
        <li>{view.window}</li>
        <li>{view.blueprint}</li>
      </ul>
      {view.notes.map((note) => <MessageBar key={note} messageBarType={MessageBarType.warning} isMultiline>{note}</MessageBar>)}
      {evaluation === undefined ? (
        <p>{view.noEvaluation}</p>
      ) : (
        <>
          <p>{evaluation.intro}</p>
          {evaluation.separation !== undefined && <p data-separation><strong>{evaluation.separation}</strong></p>}
          <table className={classNames.table}>
            <caption>{strings.figuresCaption}</caption>
            <thead>
              <tr>
                <th scope="col" className={classNames.cell}>{strings.figure}</th>
                <th scope="col" className={classNames.number}>{strings.modelColumn}</th>
                <th scope="col" className={classNames.number}>{strings.baselineColumn}</th>
              </tr>
            </thead>
            <tbody>
              {evaluation.figures.map((row) => (
                <tr key={row.key} data-figure={row.key}>
                  <th scope="row" className={classNames.cell}>{row.label}</th>
                  <td className={classNames.number}>{row.model}</td>
                  <td className={classNames.number}>{row.baseline}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4 className={classNames.subheading}>{strings.calibrationHeading}</h4>
          {/* On a 320 px phone the calibration table scrolls in its own box, never the page; its caption stays outside so it wraps. */}
          <p className={classNames.caption} id={`${view.modelId}-calibration`}>{strings.calibrationCaption}</p>
          <div className={classNames.tableScroll} role="region" aria-label={strings.calibrationHeading} tabIndex={0}>
            <table className={classNames.table} aria-labelledby={`${view.modelId}-calibration`}>
              <thead>
                <tr>
                  <th scope="col" className={classNames.cell}>{strings.scoreRange}</th>
                  <th scope="col" className={classNames.number}>{strings.entries}</th>
                  <th scope="col" className={classNames.number}>{strings.predicted}</th>
                  <th scope="col" className={classNames.number}>{strings.observed}</th>
                  <th scope="col" className={classNames.cell}><span hidden>{`${strings.predicted} / ${strings.observed}`}</span></th>
                </tr>
              </thead>
              <tbody>
                {evaluation.calibration.map((row) => (
                  <tr key={row.range} data-calibration-row title={row.sentence}>
                    <th scope="row" className={classNames.cell}>{row.range}</th>
                    <td className={classNames.number}>{row.entries}</td>
                    <td className={classNames.number}>{row.predicted}</td>
                    <td className={classNames.number}>{row.observed}</td>
                    <td className={classNames.cell} aria-label={row.sentence}>
                      <div className={classNames.bars} aria-hidden>
                        <div className={classNames.predictedBar} style={{ width: `${Math.round(row.predictedShare * 100)}%` }} />
                        <div className={classNames.observedBar} style={{ width: `${Math.round(row.observedShare * 100)}%` }} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {props.onUse !== undefined && !view.inUse && (
        <PrimaryButton text={strings.useModelLabel} onClick={() => props.onUse?.(view.modelId)} disabled={props.busy} />
      )}
    </section>
  );
}
