import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dropdown, MessageBar, MessageBarType, ProgressIndicator, useTheme } from '@fluentui/react';
// The light face only: the main face would pull the parsers into the first render.
import { INTERACTION_CSV_PRESETS } from '../../../interchange/light';
import type { OpportunityFileMapping } from '../../../interchange/light';
import { dashboardStringsFor } from '../../i18n/dashboard';
import { importMappingStringsFor } from '../../i18n/importMapping';
import { useServices } from '../../services';
import { importInteractionsFile, importOpportunitiesFile, readOpportunityFileForMapping, type ImportFile, type ImportProgress, type ImportStores } from '../../../services';
import { MappingStep, mappingStepReducer, type MappingStepState } from '../MappingStep';
import { initialMappingStep } from '../MappingStep/mappingStepModel';
import { getDataImportClassNames } from './DataImport.styles';
import { importReducer, type DataImportResult, type IDataImportProps, type ImportKind } from './DataImport.types';

// The product's own export imports back unchanged: the natural default.
const DEFAULT_PRESET = 1;

/** Holds the mapping step's state from the file it was opened for (a new file mounts a new host). */
function MappingStepHost(props: { initial: MappingStepState; locale: string; onImport: (mapping: OpportunityFileMapping) => void; onCancel: () => void }): React.ReactElement {
  const [state, dispatch] = React.useReducer(mappingStepReducer, props.initial);
  return <MappingStep state={state} dispatch={dispatch} locale={props.locale} onImport={props.onImport} onCancel={props.onCancel} />;
}

/**
 * Upload of a CSV or XES file with progress, a summary and the row-error report (row, column, reason).
 * An opportunities file goes through the mapping step first: columns, formats and values are confirmed
 * and previewed before anything is stored.
 */
export function DataImport(props: IDataImportProps): React.ReactElement {
  const strings = dashboardStringsFor(props.locale);
  const classNames = getDataImportClassNames(useTheme());
  const services = useServices();
  const [kind, setKind] = React.useState<ImportKind>('interactions');
  const [preset, setPreset] = React.useState(DEFAULT_PRESET);
  const [state, dispatch] = React.useReducer(importReducer, { phase: 'idle' });
  const input = React.useRef<HTMLInputElement>(null);
  const { onImported, now } = props;

  const stores = (): ImportStores | undefined => {
    const { blueprints, opportunities, interactions, participants } = services;
    if (!blueprints || !opportunities || !interactions || !participants) {
      dispatch({ type: 'failed', message: 'The composition root provides no data stores.' });
      return undefined;
    }
    return { blueprints, opportunities, interactions, participants };
  };
  const fail = (error: unknown): void => dispatch({ type: 'failed', message: error instanceof Error ? error.message : String(error) });

  const run = (file: ImportFile, mapping?: OpportunityFileMapping): void => {
    const target = stores();
    if (!target) return;
    const onProgress = (progress: ImportProgress): void => dispatch({ type: 'progress', progress });
    dispatch({ type: 'started', fileName: file.name });
    const outcome: Promise<DataImportResult> = mapping !== undefined
      ? importOpportunitiesFile(target, file, { mapping, now, onProgress }).then((result) => ({ kind: 'opportunities', result }))
      : importInteractionsFile(target, file, { preset: INTERACTION_CSV_PRESETS[preset], now, onProgress }).then((result) => ({ kind: 'interactions', result }));
    outcome
      .then((done) => {
        dispatch({ type: 'succeeded', outcome: done });
        onImported(done.result);
      })
      .catch(fail);
  };

  const onKind = (next: ImportKind): void => {
    setKind(next);
    setPreset(DEFAULT_PRESET);
    if (state.phase === 'mapping') dispatch({ type: 'cancelled' });
  };

  const onFile = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (kind === 'interactions') return run(file);
    const target = stores();
    if (!target) return;
    dispatch({ type: 'preparing', fileName: file.name });
    readOpportunityFileForMapping(target, file)
      .then(({ table, suggestion, stages }) => dispatch({ type: 'prepared', file, step: initialMappingStep(file.name, table, suggestion, stages) }))
      .catch(fail);
  };

  const describe = (p: ImportProgress): { label: string; percent: number | undefined } =>
    p.phase === 'reading' ? { label: strings.importProgress(p.rows, p.stored), percent: undefined } : { label: strings.analysing(p.done, p.total), percent: p.total === 0 ? 1 : p.done / p.total };

  const chooseLabel = kind === 'opportunities' ? strings.chooseCsvFile : strings.chooseFile;
  const result = state.phase === 'done' ? state.outcome.result : undefined;
  const busy = state.phase === 'running' || state.phase === 'preparing';

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
        disabled={busy}
      />
      <div className={classNames.row}>
        {kind === 'interactions' && (
          <Dropdown
            label={strings.importFormat}
            selectedKey={preset}
            options={INTERACTION_CSV_PRESETS.map((p, i) => ({ key: i, text: p.name }))}
            onChange={(_, option) => option && setPreset(Number(option.key))}
            styles={{ root: { minWidth: 220, maxWidth: 320 } }}
          />
        )}
        <input ref={input} id="vn-import-file" type="file" accept={kind === 'opportunities' ? '.csv,.txt' : '.csv,.txt,.xes,.gz'} className={classNames.fileInput} onChange={onFile} aria-label={chooseLabel} tabIndex={-1} />
        <DefaultButton text={chooseLabel} iconProps={{ iconName: 'Upload' }} disabled={busy} onClick={() => input.current?.click()} />
      </div>
      {state.phase === 'preparing' && <ProgressIndicator label={state.fileName} />}
      {state.phase === 'mapping' && (
        <MappingStepHost
          key={`${state.fileName}:${state.step.table.rows.length}`}
          initial={state.step}
          locale={props.locale}
          onImport={(mapping) => run(state.file, mapping)}
          onCancel={() => dispatch({ type: 'cancelled' })}
        />
      )}
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
                {state.outcome.result.createdFromEarliestDate > 0 && <>{importMappingStringsFor(props.locale).createdFromEarliestDone(state.outcome.result.createdFromEarliestDate)}{' '}</>}
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
