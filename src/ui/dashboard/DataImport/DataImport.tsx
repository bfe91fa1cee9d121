import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dropdown, MessageBar, MessageBarType, ProgressIndicator, useTheme } from '@fluentui/react';
// The presets only, not the interchange's face: that would pull the parsers into the first render.
import { INTERACTION_CSV_PRESETS } from '../../../interchange/csv/mapping';
import { OPPORTUNITY_CSV_PRESETS } from '../../../interchange/csv/opportunityPresets';
import { dashboardStringsFor } from '../../i18n/dashboard';
import { useServices } from '../../services';
import { importInteractionsFile, type ImportFile, type ImportProgress, type ImportStores } from '../importInteractions';
import { importOpportunitiesFile } from '../importOpportunities';
import { getDataImportClassNames } from './DataImport.styles';
import { importReducer, type DataImportResult, type IDataImportProps, type ImportKind } from './DataImport.types';

// The product's own export imports back unchanged: the natural default.
const DEFAULT_PRESET = 1;
const DEFAULT_OPPORTUNITY_PRESET = 0;

/** Upload of a CSV or XES file with progress, a summary and the row-error report (row, column, reason). */
export function DataImport(props: IDataImportProps): React.ReactElement {
  const strings = dashboardStringsFor(props.locale);
  const classNames = getDataImportClassNames(useTheme());
  const services = useServices();
  const [kind, setKind] = React.useState<ImportKind>('interactions');
  const [preset, setPreset] = React.useState(DEFAULT_PRESET);
  const [state, dispatch] = React.useReducer(importReducer, { phase: 'idle' });
  const input = React.useRef<HTMLInputElement>(null);
  const { onImported, now } = props;

  const run = (stores: ImportStores, file: ImportFile): Promise<DataImportResult> => {
    const onProgress = (progress: ImportProgress): void => dispatch({ type: 'progress', progress });
    if (kind === 'opportunities') {
      return importOpportunitiesFile(stores, file, { preset: OPPORTUNITY_CSV_PRESETS[preset], now, onProgress }).then((result) => ({ kind, result }));
    }
    return importInteractionsFile(stores, file, { preset: INTERACTION_CSV_PRESETS[preset], now, onProgress }).then((result) => ({ kind, result }));
  };

  const onKind = (next: ImportKind): void => {
    setKind(next);
    setPreset(next === 'opportunities' ? DEFAULT_OPPORTUNITY_PRESET : DEFAULT_PRESET);
  };

  const onFile = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const { blueprints, opportunities, interactions, participants } = services;
    if (!blueprints || !opportunities || !interactions || !participants) {
      dispatch({ type: 'failed', message: 'The composition root provides no data stores.' });
      return;
    }
    dispatch({ type: 'started', fileName: file.name });
    run({ blueprints, opportunities, interactions, participants }, file)
      .then((outcome) => {
        dispatch({ type: 'succeeded', outcome });
        onImported(outcome.result);
      })
      .catch((error: unknown) => dispatch({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
  };

  const describe = (p: ImportProgress): { label: string; percent: number | undefined } =>
    p.phase === 'reading' ? { label: strings.importProgress(p.rows, p.stored), percent: undefined } : { label: strings.analysing(p.done, p.total), percent: p.total === 0 ? 1 : p.done / p.total };

  const chooseLabel = kind === 'opportunities' ? strings.chooseCsvFile : strings.chooseFile;
  const result = state.phase === 'done' ? state.outcome.result : undefined;

  return (
    <section className={classNames.root} aria-labelledby="vn-import-heading">
      <h3 id="vn-import-heading" className={classNames.heading}>{strings.importHeading}</h3>
      <p>{strings.importDescription}</p>
      <ChoiceGroup
        label={strings.importKind}
        selectedKey={kind}
        options={[
          { key: 'interactions', text: strings.importKindInteractions },
          { key: 'opportunities', text: strings.importKindOpportunities }
        ]}
        onChange={(_, option) => option && onKind(option.key as ImportKind)}
        styles={{ flexContainer: { display: 'flex', gap: 16 } }}
        disabled={state.phase === 'running'}
      />
      <div className={classNames.row}>
        <Dropdown
          label={strings.importFormat}
          selectedKey={preset}
          options={(kind === 'opportunities' ? OPPORTUNITY_CSV_PRESETS : INTERACTION_CSV_PRESETS).map((p, i) => ({ key: i, text: p.name }))}
          onChange={(_, option) => option && setPreset(Number(option.key))}
          styles={{ root: { minWidth: 220, maxWidth: 320 } }}
        />
        <input ref={input} id="vn-import-file" type="file" accept={kind === 'opportunities' ? '.csv,.txt' : '.csv,.txt,.xes,.gz'} className={classNames.fileInput} onChange={onFile} aria-label={chooseLabel} tabIndex={-1} />
        <DefaultButton text={chooseLabel} iconProps={{ iconName: 'Upload' }} disabled={state.phase === 'running'} onClick={() => input.current?.click()} />
      </div>
      {state.phase === 'running' && (
        <ProgressIndicator label={state.fileName} description={describe(state.progress).label} percentComplete={describe(state.progress).percent} />
      )}
      {state.phase === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          <strong>{strings.importFailed}</strong> ({state.fileName}): {state.message}
        </MessageBar>
      )}
      {state.phase === 'done' && (
        <div role="status" data-testid="import-report">
          <MessageBar messageBarType={state.outcome.result.rejected > 0 ? MessageBarType.warning : MessageBarType.success} isMultiline>
            {state.outcome.kind === 'interactions' ? (
              <>
                <span data-testid="import-summary">{strings.importSummary(state.outcome.result.rows, state.outcome.result.accepted, state.outcome.result.rejected)}</span>{' '}
                {strings.storedSummary(state.outcome.result.writes.accepted, state.outcome.result.writes.alreadyStored, state.outcome.result.writes.failed)}{' '}
              </>
            ) : (
              <>
                <span data-testid="import-summary">{strings.opportunitiesReadSummary(state.outcome.result.accepted, state.outcome.result.rejected)}</span>{' '}
                <span data-testid="import-stored">{strings.opportunitiesStoredSummary(state.outcome.result.writes.accepted, state.outcome.result.writes.updated, state.outcome.result.writes.alreadyStored, state.outcome.result.writes.failed)}</span>{' '}
              </>
            )}
            {strings.analysedSummary(state.outcome.result.analysed, state.outcome.result.missing.length)}
          </MessageBar>
          {result !== undefined && result.problems.length > 0 && (
            <table className={classNames.table} data-testid="row-errors">
              <caption>{strings.rowErrorsHeading(result.problems.length)}</caption>
              <thead>
                <tr><th scope="col">{strings.rowErrorColumns.row}</th><th scope="col">{strings.rowErrorColumns.column}</th><th scope="col">{strings.rowErrorColumns.reason}</th></tr>
              </thead>
              <tbody>
                {result.problems.map((p, i) => (
                  <tr key={i}><td>{p.row}</td><td>{p.column ?? strings.wholeRow}</td><td>{p.reason}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
