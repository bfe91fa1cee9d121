import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, useTheme } from '@fluentui/react';
import { prioritisedLeadsCsv, prioritiseLeads, readLeadTable, TooFewLeadsError, trainLeadModel, type LeadGrade, type LeadTable, type PrioritisedLead, type TrainedLeadModel } from '../../../services';
import { decisionsStringsFor } from '../../i18n/decisions';
import { getLeadsPanelClassNames } from './LeadsPanel.styles';
import type { ILeadsPanelProps } from './LeadsPanel.types';

// The CSV reader and writer (papaparse) load with the first leads file, in the import chunk (see readLeadTable).

const SHOWN = 50;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Lead scores from a leads file: choose the file and its outcome and name columns, train and score,
 * filter by grade, export the prioritised leads as formula-safe CSV.
 */
export function LeadsPanel(props: ILeadsPanelProps): React.ReactElement {
  const strings = decisionsStringsFor(props.locale);
  const classNames = getLeadsPanelClassNames(useTheme());
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [table, setTable] = React.useState<LeadTable | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<string | undefined>(undefined);
  const [nameColumn, setNameColumn] = React.useState<string | undefined>(undefined);
  const [result, setResult] = React.useState<{ trained: TrainedLeadModel; leads: readonly PrioritisedLead[] } | undefined>(undefined);
  const [grade, setGrade] = React.useState<LeadGrade | 'all'>('all');
  const [error, setError] = React.useState<string | undefined>(undefined);
  const percent = new Intl.NumberFormat(props.locale, { style: 'percent', maximumFractionDigits: 0 });

  const onFile = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    file.text().then(readLeadTable).then(
      (read) => {
        setTable(read);
        setResult(undefined);
        setError(undefined);
        setOutcome(read.columns.find((c) => /convert|outcome|status|result/i.test(c)));
        setNameColumn(read.columns.find((c) => /name|company|lead/i.test(c)));
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e))
    );
  };

  const score = (): void => {
    if (!table || outcome === undefined) return;
    try {
      const trained = trainLeadModel(table, { outcomeColumn: outcome, identityColumns: nameColumn === undefined ? [] : [nameColumn] });
      setResult({ trained, leads: prioritiseLeads(trained, table, nameColumn === undefined ? {} : { nameColumn }) });
      setError(undefined);
    } catch (e) {
      setResult(undefined);
      setError(e instanceof TooFewLeadsError ? strings.leadsTooFew(e.positives, e.negatives, e.needed) : e instanceof Error ? e.message : String(e));
    }
  };

  const shown = result ? result.leads.filter((l) => grade === 'all' || l.grade === grade) : [];
  const exportShown = (): void => {
    if (!table) return;
    prioritisedLeadsCsv(shown, table).then((csv) => download('prioritised-leads.csv', csv), (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const columnOptions = (table?.columns ?? []).map((c) => ({ key: c, text: c }));
  const evaluation = result?.trained.evaluation;
  return (
    <div className={classNames.root} data-testid="leads-panel">
      <p>{strings.leadsIntro}</p>
      <MessageBar messageBarType={MessageBarType.warning}>{strings.leadsNotStored}</MessageBar>
      <div className={classNames.row}>
        <DefaultButton text={strings.leadsFile} iconProps={{ iconName: 'Upload' }} onClick={() => fileInput.current?.click()} />
        <input ref={fileInput} className={classNames.hidden} type="file" accept=".csv,text/csv" aria-label={strings.leadsFile} tabIndex={-1} onChange={onFile} />
      </div>
      {table && (
        <div className={classNames.row}>
          <Dropdown label={strings.outcomeColumn} options={columnOptions} selectedKey={outcome ?? null} onChange={(_e, o) => o && setOutcome(String(o.key))} styles={{ root: { minWidth: 200 } }} />
          <Dropdown label={strings.nameColumn} options={columnOptions} selectedKey={nameColumn ?? null} onChange={(_e, o) => o && setNameColumn(String(o.key))} styles={{ root: { minWidth: 200 } }} />
          <PrimaryButton text={strings.scoreLeads} disabled={outcome === undefined} onClick={score} />
        </div>
      )}
      {error && <MessageBar messageBarType={MessageBarType.error} isMultiline>{error}</MessageBar>}
      {result && (
        <section aria-label={strings.tabs.leads}>
          <p data-testid="leads-model">
            {strings.leadsTrained(result.trained.model.trainedOn.converted, result.trained.model.trainedOn.notConverted, evaluation?.auc === undefined ? undefined : percent.format(evaluation.auc), evaluation ? evaluation.tested.converted + evaluation.tested.notConverted : 0)}
          </p>
          <div className={classNames.row}>
            <Dropdown
              label={strings.gradeFilter}
              options={[{ key: 'all', text: strings.allGrades }, ...(['A', 'B', 'C', 'D'] as const).map((g) => ({ key: g, text: g }))]}
              selectedKey={grade}
              onChange={(_e, o) => o && setGrade(o.key as LeadGrade | 'all')}
              styles={{ root: { minWidth: 140 } }}
            />
            <DefaultButton text={strings.exportLeads} iconProps={{ iconName: 'Download' }} onClick={exportShown} disabled={shown.length === 0} />
          </div>
          <p>{strings.leadsShown(Math.min(SHOWN, shown.length), shown.length)}</p>
          <table className={classNames.table}>
            <thead>
              <tr><th>{strings.leadColumns.rank}</th><th>{strings.leadColumns.lead}</th><th>{strings.leadColumns.score}</th><th>{strings.leadColumns.grade}</th><th>{strings.leadColumns.reasons}</th></tr>
            </thead>
            <tbody>
              {shown.slice(0, SHOWN).map((l, i) => (
                <tr key={l.row} data-lead-row>
                  <td>{i + 1}</td><td>{l.name}</td><td>{l.score}</td><td>{l.grade}</td><td>{l.reasons.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
