import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, ProgressIndicator, useTheme } from '@fluentui/react';
// The presets only, not the interchange's face: that would pull the parsers into the first render.
import { INTERACTION_CSV_PRESETS } from '../../../interchange/csv/mapping';
import { dashboardStringsFor } from '../../i18n/dashboard';
import { useServices } from '../../services';
import { importInteractionsFile, type ImportProgress } from '../importInteractions';
import { getDataImportClassNames } from './DataImport.styles';
import { importReducer, type IDataImportProps } from './DataImport.types';

// The product's own export imports back unchanged: the natural default.
const DEFAULT_PRESET = 1;

/** Upload of a CSV or XES file with progress, a summary and the row-error report (row, column, reason). */
export function DataImport(props: IDataImportProps): React.ReactElement {
  const strings = dashboardStringsFor(props.locale);
  const classNames = getDataImportClassNames(useTheme());
  const services = useServices();
  const [preset, setPreset] = React.useState(DEFAULT_PRESET);
  const [state, dispatch] = React.useReducer(importReducer, { phase: 'idle' });
  const input = React.useRef<HTMLInputElement>(null);
  const { onImported, now } = props;

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
    importInteractionsFile({ blueprints, opportunities, interactions, participants }, file, {
      preset: INTERACTION_CSV_PRESETS[preset],
      now,
      onProgress: (progress) => dispatch({ type: 'progress', progress })
    })
      .then((result) => {
        dispatch({ type: 'succeeded', result });
        onImported(result);
      })
      .catch((error: unknown) => dispatch({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
  };

  const describe = (p: ImportProgress): { label: string; percent: number | undefined } =>
    p.phase === 'reading' ? { label: strings.importProgress(p.rows, p.stored), percent: undefined } : { label: strings.analysing(p.done, p.total), percent: p.total === 0 ? 1 : p.done / p.total };

  return (
    <section className={classNames.root} aria-labelledby="vn-import-heading">
      <h3 id="vn-import-heading" className={classNames.heading}>{strings.importHeading}</h3>
      <p>{strings.importDescription}</p>
      <div className={classNames.row}>
        <Dropdown
          label={strings.importFormat}
          selectedKey={preset}
          options={INTERACTION_CSV_PRESETS.map((p, i) => ({ key: i, text: p.name }))}
          onChange={(_, option) => option && setPreset(Number(option.key))}
          styles={{ root: { minWidth: 220, maxWidth: 320 } }}
        />
        <input ref={input} id="vn-import-file" type="file" accept=".csv,.txt,.xes,.gz" className={classNames.fileInput} onChange={onFile} aria-label={strings.chooseFile} tabIndex={-1} />
        <DefaultButton text={strings.chooseFile} iconProps={{ iconName: 'Upload' }} disabled={state.phase === 'running'} onClick={() => input.current?.click()} />
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
          <MessageBar messageBarType={state.result.rejected > 0 ? MessageBarType.warning : MessageBarType.success} isMultiline>
            <span data-testid="import-summary">{strings.importSummary(state.result.rows, state.result.accepted, state.result.rejected)}</span>{' '}
            {strings.storedSummary(state.result.writes.accepted, state.result.writes.alreadyStored, state.result.writes.failed)}{' '}
            {strings.analysedSummary(state.result.analysed, state.result.missing.length)}
          </MessageBar>
          {state.result.problems.length > 0 && (
            <table className={classNames.table} data-testid="row-errors">
              <caption>{strings.rowErrorsHeading(state.result.problems.length)}</caption>
              <thead>
                <tr><th scope="col">{strings.rowErrorColumns.row}</th><th scope="col">{strings.rowErrorColumns.column}</th><th scope="col">{strings.rowErrorColumns.reason}</th></tr>
              </thead>
              <tbody>
                {state.result.problems.map((p, i) => (
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
