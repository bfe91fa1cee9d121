import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, TextField, useTheme, type IDropdownOption } from '@fluentui/react';
import { ColumnPicker } from '../../shell';
import type { DecimalSeparator, OpportunityDateField, OpportunityField } from '../../../interchange/light';
import { DATE_FORMATS, type DateFormat } from '../../../interchange/light';
import { importMappingStringsFor, type ImportMappingStrings } from '../../i18n/importMapping';
import { getMappingStepClassNames } from './MappingStep.styles';
import type { IMappingStepProps } from './MappingStep.types';
import { mappingStepView, type FieldRow, type MappingProblem } from './mappingStepModel';
import { MappingPreview } from './MappingPreview';
import { MappingValueTables } from './MappingValueTables';

// "Not in the file" needs a key no header can have.
// Fields a constant can stand in for when the file has no column (or an empty cell).
const DEFAULTABLE: ReadonlySet<OpportunityField> = new Set<OpportunityField>(['account', 'owner', 'team', 'amount', 'currency']);

function problemText(problem: MappingProblem, strings: ImportMappingStrings): string {
  switch (problem.kind) {
    case 'unmapped-field': return strings.unmappedField(strings.fieldNames[problem.field], strings.neededFor[problem.field] ?? '');
    case 'date-format': return strings.dateQuestion(strings.fieldNames[problem.field], problem.column, problem.example);
    case 'status-values': return strings.statusValuesOpen(problem.values.map((v) => `"${v}"`).join(', '));
    case 'stage-values': return strings.stageValuesOpen(problem.values.map((v) => `"${v}"`).join(', '));
  }
}

/**
 * The mapping step of the Import data panel: each field with the column it comes from (a Dropdown of
 * the file's columns, with the column's values beside it), date formats, defaults, the status and
 * stage value maps, what is left to decide, and the preview and skipped rows of the whole file.
 */
export function MappingStep(props: IMappingStepProps): React.ReactElement {
  const { state, dispatch, locale } = props;
  const strings = importMappingStringsFor(locale);
  const classNames = getMappingStepClassNames(useTheme());
  // Reading the whole file under the mapping is the costly part: once per change, not per render.
  const view = React.useMemo(() => mappingStepView(state), [state]);
  const formatOptions: IDropdownOption[] = DATE_FORMATS.map((f) => ({ key: f, text: strings.dateFormats[f] }));
  const decimalOptions: IDropdownOption[] = [{ key: '.', text: strings.decimalPoint }, { key: ',', text: strings.decimalComma }];

  const formatCell = (row: FieldRow): React.ReactNode => {
    if (row.column === undefined) return null;
    if (row.field === 'amount') {
      return (
        <Dropdown
          ariaLabel={strings.decimalSeparator}
          selectedKey={state.mapping.decimalSeparator ?? '.'}
          options={decimalOptions}
          onChange={(_, option) => option && dispatch({ type: 'decimalSeparator', separator: option.key as DecimalSeparator })}
        />
      );
    }
    if (!('dateFormat' in row)) return null;
    return (
      <Dropdown
        ariaLabel={strings.formatFor(strings.fieldNames[row.field])}
        placeholder={strings.chooseFormat}
        selectedKey={row.dateFormat ?? null}
        options={formatOptions}
        onChange={(_, option) => option && dispatch({ type: 'dateFormat', field: row.field as OpportunityDateField, format: option.key as DateFormat })}
      />
    );
  };

  return (
    <div className={classNames.root} data-testid="mapping-step">
      <h4 className={classNames.heading}>{strings.heading(state.fileName)}</h4>
      <p>{strings.summary(state.table.rows.length, state.table.header.length)}</p>
      <table className={classNames.table} data-testid="mapping-fields">
        <caption>{strings.fieldsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.columns.field}</th>
            <th scope="col">{strings.columns.column}</th>
            <th scope="col">{strings.columns.samples}</th>
            <th scope="col">{strings.columns.format}</th>
            <th scope="col">{strings.columns.defaultValue}</th>
          </tr>
        </thead>
        <tbody>
          {view.fields.map((row) => {
            const name = strings.fieldNames[row.field];
            const unmet = row.required && row.column === undefined && row.defaultValue === '';
            return (
              <tr key={row.field} data-field={row.field}>
                <th scope="row">
                  {name}
                  {row.required && <span className={classNames.source}>{strings.required}</span>}
                  {unmet && <span className={classNames.purpose}>{strings.neededFor[row.field]}</span>}
                </th>
                <td>
                  <ColumnPicker
                    header={state.table.header}
                    column={row.column}
                    label={strings.columnFor(name)}
                    notInFileText={strings.notInFile}
                    {...(row.source !== 'none' ? { matchedBy: strings.matchedBy[row.source] } : {})}
                    matchClassName={classNames.source}
                    onChange={(column) => dispatch({ type: 'column', field: row.field, column })}
                  />
                </td>
                <td className={classNames.samples} title={row.samples.join(', ')}>{row.samples.join(', ')}</td>
                <td>{formatCell(row)}</td>
                <td>
                  {DEFAULTABLE.has(row.field) && (
                    <TextField
                      ariaLabel={strings.defaultFor(name)}
                      value={row.defaultValue}
                      onChange={(_, value) => dispatch({ type: 'default', field: row.field, value: value ?? '' })}
                      styles={{ root: { maxWidth: 160 } }}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <MappingValueTables view={view} stages={state.stages} strings={strings} classNames={classNames} dispatch={dispatch} />
      {view.problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline className={classNames.problems}>
          <strong>{strings.toDecide}</strong>
          <ul data-testid="mapping-problems">
            {view.problems.map((p, i) => <li key={i}>{problemText(p, strings)}</li>)}
          </ul>
        </MessageBar>
      )}
      <MappingPreview view={view} stages={state.stages} strings={strings} classNames={classNames} locale={locale} />
      {view.checkedRows < view.totalRows && <p>{strings.checkedStart(view.checkedRows, view.totalRows)}</p>}
      <details>
        <summary>{strings.mappingJson}</summary>
        <pre className={classNames.json} data-testid="mapping-json">{JSON.stringify(state.mapping, undefined, 2)}</pre>
      </details>
      <div className={classNames.actions}>
        <PrimaryButton
          text={view.checkedRows < view.totalRows ? strings.importAllButton(view.totalRows) : strings.importButton(view.result?.accepted ?? 0)}
          disabled={!view.canImport}
          onClick={() => props.onImport(state.mapping)}
        />
        <DefaultButton text={strings.cancel} onClick={props.onCancel} />
      </div>
    </div>
  );
}
