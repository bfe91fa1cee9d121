import * as React from 'react';
import { Checkbox, DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, useTheme, type IDropdownOption } from '@fluentui/react';
import { ColumnPicker } from '../../shell';
import { LEAD_OUTCOME_CHOICES, type LeadOutcomeValue } from '../../../interchange/light';
import { decisionsStringsFor } from '../../i18n/decisions';
import { getLeadMappingStepClassNames } from './LeadMappingStep.styles';
import type { ILeadMappingStepProps } from './LeadMappingStep.types';
import { leadMappingView } from './leadMappingModel';

// "Not in the file" and "not mapped" need keys no header or value can have.
const SHOWN_SKIPPED = 50;

/** Offers the mapping as a JSON file: the same file `valuenetworks leads import --mapping` reads. */
function downloadMapping(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName.replace(/\.[^.]*$/, '')}.mapping.json`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The mapping step of a leads file: which column is the lead id, the name and the outcome (each with
 * the file's values), the outcome values mapped to converted / not converted / open with their row
 * counts, the columns the model may learn from, what is left to decide, a preview of the first leads
 * as they will be stored and the rows that will be skipped.
 */
export function LeadMappingStep(props: ILeadMappingStepProps): React.ReactElement {
  const { state, dispatch } = props;
  const strings = decisionsStringsFor(props.locale).leadMapping;
  const classNames = getLeadMappingStepClassNames(useTheme());
  const view = React.useMemo(() => leadMappingView(state), [state]);
  const outcomeOptions: IDropdownOption[] = LEAD_OUTCOME_CHOICES.map((o) => ({ key: o, text: strings.outcomeNames[o] }));
  const skipped = view.result?.skipped ?? [];
  return (
    <div className={classNames.root} data-testid="lead-mapping-step">
      <h4 className={classNames.heading}>{strings.heading(state.fileName)}</h4>
      <p>{strings.summary(view.totalRows, state.table.header.length)}</p>
      <table className={classNames.table} data-testid="lead-mapping-fields">
        <caption>{strings.fieldsCaption}</caption>
        <thead>
          <tr><th scope="col">{strings.columns.field}</th><th scope="col">{strings.columns.column}</th><th scope="col">{strings.columns.samples}</th></tr>
        </thead>
        <tbody>
          {view.fields.map((row) => {
            const name = strings.fieldNames[row.field];
            const unmet = row.required && row.column === undefined;
            return (
              <tr key={row.field} data-field={row.field}>
                <th scope="row">
                  {name}
                  {row.required && <span className={classNames.source}>{strings.required}</span>}
                  {unmet && row.field !== 'name' && <span className={classNames.purpose}>{strings.neededFor[row.field]}</span>}
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
                <td className={classNames.samples} title={row.samples.join(', ')} data-samples>{row.samples.join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {view.outcomeRows.length > 0 && (
        <table className={classNames.table} data-testid="lead-outcome-values">
          <caption>{strings.outcomeCaption}</caption>
          <thead>
            <tr><th scope="col">{strings.outcomeColumns.value}</th><th scope="col">{strings.outcomeColumns.rows}</th><th scope="col">{strings.outcomeColumns.outcome}</th></tr>
          </thead>
          <tbody>
            {view.outcomeRows.map((row) => (
              <tr key={row.value} data-value={row.value}>
                <th scope="row">{row.value}</th>
                <td data-rows>{row.rows}</td>
                <td>
                  <Dropdown
                    ariaLabel={`${strings.outcomeColumns.outcome}: ${row.value}`}
                    placeholder={strings.chooseOutcome}
                    selectedKey={row.outcome ?? null}
                    options={outcomeOptions}
                    onChange={(_, option) => option && dispatch({ type: 'outcomeValue', value: row.value, outcome: option.key as LeadOutcomeValue })}
                    styles={{ root: { minWidth: 150, maxWidth: 240 } }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.missingOutcomes > 0 && <p data-testid="lead-missing-outcomes">{strings.missingOutcomes(view.missingOutcomes)}</p>}
      <fieldset className={classNames.features} data-testid="lead-features">
        <legend>{strings.featuresCaption}</legend>
        {view.features.map((f) => (
          <Checkbox
            key={f.column}
            label={f.column}
            ariaLabel={strings.useFeature(f.column)}
            title={f.samples.join(', ')}
            checked={f.included}
            onChange={(_, checked) => dispatch({ type: 'feature', column: f.column, included: checked === true })}
          />
        ))}
      </fieldset>
      {view.problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <strong>{strings.toDecide}</strong>
          <ul data-testid="lead-mapping-problems">
            {view.problems.map((p, i) => (
              <li key={i}>{p.kind === 'unmapped-field' ? strings.unmappedField(strings.fieldNames[p.field], strings.neededFor[p.field]) : strings.outcomeValuesOpen(p.values.map((v) => `"${v}"`).join(', '))}</li>
            ))}
          </ul>
        </MessageBar>
      )}
      {view.preview.length > 0 && (
        <table className={classNames.table} data-testid="lead-mapping-preview">
          <caption>{strings.previewCaption}</caption>
          <thead>
            <tr><th scope="col">{strings.previewColumns.id}</th><th scope="col">{strings.previewColumns.name}</th><th scope="col">{strings.previewColumns.outcome}</th><th scope="col">{strings.previewColumns.features}</th></tr>
          </thead>
          <tbody>
            {view.preview.map((lead) => (
              <tr key={lead.id}>
                <td>{lead.id}</td><td>{lead.name}</td><td>{strings.outcomeNames[lead.outcome]}</td>
                <td className={classNames.samples}>{Object.entries(lead.features).map(([k, v]) => `${k}: ${v}`).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {skipped.length > 0 && (
        <table className={classNames.table} data-testid="lead-mapping-skipped">
          <caption>{strings.skippedCaption(skipped.length)}</caption>
          <tbody>
            {skipped.slice(0, SHOWN_SKIPPED).map((s) => <tr key={`${s.row}:${s.column}`}><td>{s.message}</td></tr>)}
          </tbody>
        </table>
      )}
      {view.checkedRows < view.totalRows && <p>{strings.checkedStart(view.checkedRows, view.totalRows)}</p>}
      <details>
        <summary>{strings.mappingJson}</summary>
        <pre className={classNames.json} data-testid="lead-mapping-json">{JSON.stringify(state.mapping, undefined, 2)}</pre>
      </details>
      <div className={classNames.actions}>
        <PrimaryButton text={strings.importButton(view.result?.leads.length ?? 0)} disabled={!view.canImport || props.busy} onClick={() => props.onImport(state.mapping)} />
        <DefaultButton text={strings.downloadMapping} iconProps={{ iconName: 'Download' }} onClick={() => downloadMapping(state.fileName, JSON.stringify(state.mapping, undefined, 2))} />
        <DefaultButton text={strings.cancel} disabled={props.busy} onClick={props.onCancel} />
      </div>
    </div>
  );
}
