import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, TextField, useTheme } from '@fluentui/react';
import {
  filterStoredLeads,
  importLeads,
  loadPrioritisedLeads,
  readLeadsFile,
  SiteSetupNeededError,
  storedLeadsCsv,
  TooFewLeadsError,
  trainSiteLeadModel,
  type LeadGrade,
  type LeadModelRecord,
  type SiteLeadStores,
  type StoredPrioritisedLead
} from '../../../services';
import type { LeadFileMapping } from '../../../interchange/light';
import { useHost } from '../../host';
import { decisionsStringsFor, type DecisionsStrings } from '../../i18n/decisions';
import { useServices } from '../../services';
import { initialLeadMapping, LeadMappingStep, leadMappingReducer, type LeadMappingAction, type LeadMappingState } from '../LeadMappingStep';
import { getLeadsPanelClassNames } from './LeadsPanel.styles';
import type { ILeadsPanelProps } from './LeadsPanel.types';

// The CSV reader and writer (papaparse) load with the first leads file or export, in the import chunk (see readLeadsFile).

const SHOWN = 50;

type ListState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'ready'; readonly leads: readonly StoredPrioritisedLead[]; readonly model: LeadModelRecord | undefined }
  | { readonly phase: 'no-list' }
  | { readonly phase: 'failed'; readonly message: string };

type MappingAction = { readonly type: 'start'; readonly state: LeadMappingState } | { readonly type: 'clear' } | LeadMappingAction;

function mappingReducer(state: LeadMappingState | undefined, action: MappingAction): LeadMappingState | undefined {
  if (action.type === 'start') return action.state;
  if (action.type === 'clear' || state === undefined) return undefined;
  return leadMappingReducer(state, action);
}

interface Notice {
  readonly kind: 'success' | 'error';
  readonly lines: readonly string[];
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

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

function modelLines(model: LeadModelRecord, strings: DecisionsStrings, locale: string): string[] {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(model.trainedAt));
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const evaluation = model.evaluation;
  return [
    strings.leadsModel(model.label, `${when} UTC`, model.trainedBy),
    strings.leadsTrained(model.model.trainedOn.converted, model.model.trainedOn.notConverted, evaluation?.auc === undefined ? undefined : percent.format(evaluation.auc), evaluation ? evaluation.tested.converted + evaluation.tested.notConverted : 0)
  ];
}

/**
 * Lead scores on the site: import a leads file through its mapping step into the Leads list, train
 * the lead model (site owners), read the stored open leads prioritised by their stored scores, filter
 * by grade and text, export the shown leads as formula-safe CSV. Importing and training re-score
 * every open lead.
 */
export function LeadsPanel(props: ILeadsPanelProps): React.ReactElement {
  const strings = decisionsStringsFor(props.locale);
  const classNames = getLeadsPanelClassNames(useTheme());
  const services = useServices();
  const host = useHost();
  const stores: SiteLeadStores | undefined = services.leads && services.leadModels ? { leads: services.leads, leadModels: services.leadModels } : undefined;
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [list, setList] = React.useState<ListState>({ phase: 'loading' });
  const [mapping, dispatch] = React.useReducer(mappingReducer, undefined);
  const [busy, setBusy] = React.useState<'import' | 'train' | undefined>(undefined);
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  const [canTrain, setCanTrain] = React.useState(false);
  const [grade, setGrade] = React.useState<LeadGrade | 'all'>('all');
  const [text, setText] = React.useState('');

  const reload = React.useCallback((): Promise<void> => {
    if (!stores) {
      setList({ phase: 'no-list' });
      return Promise.resolve();
    }
    return Promise.all([loadPrioritisedLeads(stores), stores.leadModels.latest()]).then(
      ([leads, model]) => setList({ phase: 'ready', leads, model }),
      (error: unknown) => setList(error instanceof SiteSetupNeededError ? { phase: 'no-list' } : { phase: 'failed', message: messageOf(error) })
    );
    // The stores are the composition root's, created once per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services.leads, services.leadModels]);

  React.useEffect(() => {
    reload().catch(() => undefined);
    services.blueprints?.access().then((access) => setCanTrain(access.canPublish), () => setCanTrain(false));
  }, [reload, services.blueprints]);

  const onFile = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    file.text().then(readLeadsFile).then(
      ({ table, suggestion }) => {
        setNotice(undefined);
        dispatch({ type: 'start', state: initialLeadMapping(file.name, table, suggestion) });
      },
      (e: unknown) => setNotice({ kind: 'error', lines: [messageOf(e)] })
    );
  };

  const onImport = (chosen: LeadFileMapping): void => {
    if (!stores || !mapping) return;
    setBusy('import');
    importLeads(stores, mapping.table, chosen, { now: props.clock() })
      .then(
        (report) => {
          const s = report.stored;
          const lines = [strings.leadsImported(report.read, s.accepted, s.updated, s.alreadyStored, report.skipped.length, report.rescored.scored)];
          if (s.failed > 0) lines.push(strings.leadsFailed(s.failed));
          setNotice({ kind: s.failed > 0 ? 'error' : 'success', lines: [...lines, ...report.skipped.slice(0, 10).map((r) => r.message)] });
          dispatch({ type: 'clear' });
          return reload();
        },
        (e: unknown) => setNotice({ kind: 'error', lines: [messageOf(e)] })
      )
      .finally(() => setBusy(undefined))
      .catch(() => undefined);
  };

  const train = (): void => {
    if (!stores) return;
    setBusy('train');
    trainSiteLeadModel(stores, { now: props.clock(), trainedBy: host.user.displayName })
      .then(
        (result) => {
          setNotice({ kind: 'success', lines: [strings.leadsRescored(result.rescored.scored)] });
          return reload();
        },
        (e: unknown) => setNotice({ kind: 'error', lines: [e instanceof TooFewLeadsError ? strings.leadsTooFew(e.positives, e.negatives, e.needed) : messageOf(e)] })
      )
      .finally(() => setBusy(undefined))
      .catch(() => undefined);
  };

  const all = list.phase === 'ready' ? list.leads : [];
  const shown = filterStoredLeads(all, { ...(grade === 'all' ? {} : { grades: [grade] }), text });
  const exportShown = (): void => {
    storedLeadsCsv(shown).then((csv) => download('prioritised-leads.csv', csv), (e: unknown) => setNotice({ kind: 'error', lines: [messageOf(e)] }));
  };

  return (
    <div className={classNames.root} data-testid="leads-panel">
      <p>{strings.leadsIntro}</p>
      {list.phase === 'no-list' && <MessageBar messageBarType={MessageBarType.warning}>{strings.leadsNoList}</MessageBar>}
      {list.phase === 'failed' && <MessageBar messageBarType={MessageBarType.error}>{list.message}</MessageBar>}
      {list.phase !== 'no-list' && (
        <div className={classNames.row}>
          <DefaultButton text={strings.leadsImport} iconProps={{ iconName: 'Upload' }} disabled={busy !== undefined} onClick={() => fileInput.current?.click()} />
          <input ref={fileInput} className={classNames.hidden} type="file" accept=".csv,text/csv" aria-label={strings.leadsImport} tabIndex={-1} onChange={onFile} />
          <PrimaryButton text={strings.trainLeadModel} iconProps={{ iconName: 'Processing' }} disabled={!canTrain || busy !== undefined || list.phase !== 'ready'} onClick={train} />
          {!canTrain && <span className={classNames.hint}>{strings.leadsTrainOwnersOnly}</span>}
          {busy && <Spinner size={SpinnerSize.small} label={busy === 'import' ? strings.leadsImporting : strings.leadsTraining} labelPosition="right" />}
        </div>
      )}
      {notice && (
        <MessageBar messageBarType={notice.kind === 'success' ? MessageBarType.success : MessageBarType.error} isMultiline onDismiss={() => setNotice(undefined)}>
          <div data-testid="leads-notice">{notice.lines.map((line, i) => <div key={i}>{line}</div>)}</div>
        </MessageBar>
      )}
      {mapping && <LeadMappingStep state={mapping} dispatch={dispatch} locale={props.locale} busy={busy !== undefined} onImport={onImport} onCancel={() => dispatch({ type: 'clear' })} />}
      {list.phase === 'loading' && <Spinner label={strings.leadsLoading} />}
      {list.phase === 'ready' && (
        <section aria-label={strings.tabs.leads}>
          <p data-testid="leads-model">{list.model ? modelLines(list.model, strings, props.locale).join(' ') : strings.leadsNoModel}</p>
          <div className={classNames.row}>
            <Dropdown
              label={strings.gradeFilter}
              options={[{ key: 'all', text: strings.allGrades }, ...(['A', 'B', 'C', 'D'] as const).map((g) => ({ key: g, text: g }))]}
              selectedKey={grade}
              onChange={(_e, o) => o && setGrade(o.key as LeadGrade | 'all')}
              styles={{ root: { minWidth: 140 } }}
            />
            <TextField label={strings.textFilter} value={text} onChange={(_e, v) => setText(v ?? '')} styles={{ root: { minWidth: 200 } }} />
            <DefaultButton text={strings.exportLeads} iconProps={{ iconName: 'Download' }} onClick={exportShown} disabled={shown.length === 0} />
          </div>
          <p data-testid="leads-shown">{strings.leadsShown(Math.min(SHOWN, shown.length), shown.length, all.length)}</p>
          <table className={classNames.table}>
            <thead>
              <tr>
                <th>{strings.leadColumns.rank}</th><th>{strings.leadColumns.id}</th><th>{strings.leadColumns.lead}</th><th>{strings.leadColumns.score}</th><th>{strings.leadColumns.grade}</th><th>{strings.leadColumns.reasons}</th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, SHOWN).map((l, i) => (
                <tr key={l.id} data-lead-row>
                  <td>{i + 1}</td><td>{l.id}</td><td>{l.name}</td><td>{l.score ?? strings.notScored}</td><td>{l.grade ?? ''}</td><td>{l.reasons.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
