import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react';
import type { OpportunityStatus } from '../../../core/model';
import type { ImportMappingStrings } from '../../i18n/importMapping';
import type { IMappingStepClassNames } from './MappingStep.styles';
import type { MappingStepAction, MappingStepView, StageChoice } from './mappingStepModel';

const STATUSES: readonly OpportunityStatus[] = ['open', 'won', 'lost', 'no-decision'];
// Dropdown keys cannot be '' reliably (Fluent treats it as "no key"): "no stage" gets its own key.
const NO_STAGE_KEY = '\u0000none';

export interface IMappingValueTablesProps {
  readonly view: MappingStepView;
  readonly stages: readonly StageChoice[];
  readonly strings: ImportMappingStrings;
  readonly classNames: IMappingStepClassNames;
  readonly dispatch: (action: MappingStepAction) => void;
}

/** Every distinct status and stage value of the file with its row count and the product value it maps to. */
export function MappingValueTables(props: IMappingValueTablesProps): React.ReactElement {
  const { view, stages, strings, classNames, dispatch } = props;
  const statusOptions: IDropdownOption[] = STATUSES.map((s) => ({ key: s, text: strings.statuses[s] }));
  // Stage ids the mapping holds that the blueprint lacks (no blueprint published yet) stay choosable.
  const extra = view.stageRows.map((r) => r.stageId).filter((id): id is string => id !== undefined && id !== '' && !stages.some((s) => s.id === id));
  const stageOptions: IDropdownOption[] = [
    ...stages.map((s) => ({ key: s.id, text: s.name })),
    ...Array.from(new Set(extra)).map((id) => ({ key: id, text: id })),
    { key: NO_STAGE_KEY, text: strings.noStage }
  ];
  return (
    <>
      {view.statusRows.length > 0 && (
        <table className={classNames.table} data-testid="status-values">
          <caption>{strings.statusHeading}</caption>
          <thead>
            <tr><th scope="col">{strings.valueColumns.value}</th><th scope="col">{strings.valueColumns.rows}</th><th scope="col">{strings.valueColumns.status}</th></tr>
          </thead>
          <tbody>
            {view.statusRows.map((row) => (
              <tr key={row.value}>
                <td>{row.value}</td>
                <td>{row.rows}</td>
                <td>
                  <Dropdown
                    ariaLabel={strings.statusFor(row.value)}
                    placeholder={strings.choose}
                    selectedKey={row.status ?? null}
                    options={statusOptions}
                    onChange={(_, option) => option && dispatch({ type: 'statusValue', value: row.value, status: option.key as OpportunityStatus })}
                    styles={{ root: { minWidth: 160 } }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.stageRows.length > 0 && (
        <table className={classNames.table} data-testid="stage-values">
          <caption>{strings.stageHeading}</caption>
          <thead>
            <tr><th scope="col">{strings.valueColumns.value}</th><th scope="col">{strings.valueColumns.rows}</th><th scope="col">{strings.valueColumns.stage}</th></tr>
          </thead>
          <tbody>
            {view.stageRows.map((row) => (
              <tr key={row.value}>
                <td>{row.value}</td>
                <td>{row.rows}</td>
                <td>
                  <Dropdown
                    ariaLabel={strings.stageFor(row.value)}
                    placeholder={strings.choose}
                    selectedKey={row.stageId === undefined ? null : row.stageId === '' ? NO_STAGE_KEY : row.stageId}
                    options={stageOptions}
                    onChange={(_, option) => option && dispatch({ type: 'stageValue', value: row.value, stageId: option.key === NO_STAGE_KEY ? '' : String(option.key) })}
                    styles={{ root: { minWidth: 160 } }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
