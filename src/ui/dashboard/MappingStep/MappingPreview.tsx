import * as React from 'react';
import type { ImportMappingStrings } from '../../i18n/importMapping';
import { formatAmount, formatDate } from '../format';
import type { IMappingStepClassNames } from './MappingStep.styles';
import type { MappingStepView, StageChoice } from './mappingStepModel';

export interface IMappingPreviewProps {
  readonly view: MappingStepView;
  readonly stages: readonly StageChoice[];
  readonly strings: ImportMappingStrings;
  readonly classNames: IMappingStepClassNames;
  readonly locale: string;
  /** Rows of the skipped-rows table shown at most (the count says how many there are). */
  readonly maxErrors?: number;
}

/** The first opportunities as the import will store them, and the rows it will skip with row, column and reason. */
export function MappingPreview(props: IMappingPreviewProps): React.ReactElement {
  const { view, stages, strings, classNames, locale } = props;
  const result = view.result;
  if (result === undefined) return <></>;
  const columns = strings.previewColumns;
  const stageName = (id: string): string => stages.find((s) => s.id === id)?.name ?? id;
  const errors = result.errors.slice(0, props.maxErrors ?? 50);
  return (
    <>
      <table className={classNames.table} data-testid="mapping-preview">
        <caption>{strings.previewHeading(view.preview.length, result.accepted)}</caption>
        <thead>
          <tr>
            {[columns.id, columns.account, columns.owner, columns.team, columns.amount, columns.status, columns.created, columns.closed, columns.stages].map((c) => <th key={c} scope="col">{c}</th>)}
          </tr>
        </thead>
        <tbody>
          {view.preview.map((o) => (
            <tr key={o.id}>
              <td>{o.id}</td>
              <td>{o.account}</td>
              <td>{o.owner}</td>
              <td>{o.team ?? ''}</td>
              <td>{formatAmount(o.amount, locale)}{o.currency === undefined ? '' : ` ${o.currency}`}</td>
              <td>{strings.statuses[o.status]}</td>
              <td>{formatDate(o.createdAt, locale, '')}</td>
              <td>{formatDate(o.closedAt, locale, '')}</td>
              <td>{o.stageHistory.map((e) => stageName(e.stageId)).join(' → ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.createdFromEarliestDate > 0 && <p>{strings.createdFromEarliest(result.createdFromEarliestDate)}</p>}
      {result.rejected > 0 && (
        <table className={classNames.table} data-testid="mapping-row-errors">
          <caption>{strings.skippedHeading(result.rejected)}</caption>
          <thead>
            <tr><th scope="col">{strings.errorColumns.row}</th><th scope="col">{strings.errorColumns.column}</th><th scope="col">{strings.errorColumns.reason}</th></tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={i}><td>{e.row}</td><td>{e.column ?? ''}</td><td>{e.reason}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
