import * as React from 'react';
import { useReadOnly } from '../../lifecycle/readOnly';
import { DefaultButton, Dropdown, IconButton, TextField, useTheme } from '@fluentui/react';
import { RECOGNITION_KINDS, type RecognitionKind } from '../../../core/model';
// The light face only: the main face would pull the parsers into the first render.
import { INTERACTION_CSV_PRESETS } from '../../../interchange/light';
import { initialRecognitionForm, recognitionFormReducer, ruleFromForm, summariseRule, type RecognitionForm } from './recognitionForm';
import { getRecognitionEditorClassNames } from './RecognitionEditor.styles';
import type { IRecognitionEditorProps } from './RecognitionEditor.types';

/**
 * How each transaction is recognised in data: a CSV column value (with the interchange's column
 * presets) or a Graph pattern (meeting with a role, mail between roles, Planner task, list item).
 */
export function RecognitionEditor(props: IRecognitionEditorProps): React.ReactElement {
  const readOnly = useReadOnly();
  const { blueprint, strings, dispatch, problemsByPath } = props;
  const classNames = getRecognitionEditorClassNames(useTheme());
  const transactions = [...blueprint.transactions].sort((a, b) => a.sequence - b.sequence);
  const [form, formDispatch] = React.useReducer(recognitionFormReducer, initialRecognitionForm(transactions[0]?.id ?? '', blueprint.roles[0]?.id ?? ''));
  const set = (field: keyof RecognitionForm): ((_: unknown, value?: string) => void) => (_, value) => formDispatch({ type: 'set', field, value: value ?? '' });
  const roleOptions = blueprint.roles.map((r) => ({ key: r.id, text: r.name }));
  const roleName = (id: string): string => blueprint.roles.find((r) => r.id === id)?.name ?? id;
  const recognition = blueprint.technical?.recognition ?? [];

  const add = (): void => {
    dispatch({ type: 'addRecognitionRule', transactionId: form.transactionId, rule: ruleFromForm(form) });
    formDispatch({ type: 'reset' });
  };

  return (
    <div className={classNames.root}>
      <ul className={classNames.list}>
        {transactions.map((t) => {
          const entryIndex = recognition.findIndex((r) => r.transactionId === t.id);
          const rules = entryIndex < 0 ? [] : recognition[entryIndex].rules;
          return (
            <li key={t.id} className={classNames.item}>
              <strong>{t.sequence}. {t.deliverable}</strong>
              {rules.length === 0 ? <div>{strings.noRules}</div> : (
                <ul>
                  {rules.map((rule, r) => {
                    const summary = summariseRule(rule, strings.recognitionKinds[rule.kind] ?? rule.kind, roleName);
                    const problems = Array.from(problemsByPath).filter(([path]) => path.startsWith(`/recognition/${entryIndex}/rules/${r}/`)).map(([, message]) => message);
                    return (
                      <li key={r}>
                        <span className={classNames.rule}>
                          {summary}
                          <IconButton iconProps={{ iconName: 'Delete' }} ariaLabel={strings.removeRule(summary)} title={strings.removeRule(summary)} onClick={() => dispatch({ type: 'removeRecognitionRule', transactionId: t.id, index: r })} />
                        </span>
                        {problems.map((message) => <p key={message} role="alert" className={classNames.error}>{message}</p>)}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <div className={classNames.form} role="group" aria-label={strings.addRule}>
        <div className={classNames.fields}>
          <Dropdown disabled={readOnly} label={strings.recognitionTransaction} selectedKey={form.transactionId} options={transactions.map((t) => ({ key: t.id, text: `${t.sequence}. ${t.deliverable}` }))} onChange={(_, o) => o && formDispatch({ type: 'set', field: 'transactionId', value: String(o.key) })} />
          <Dropdown disabled={readOnly} label={strings.recognitionKindLabel} selectedKey={form.kind} options={RECOGNITION_KINDS.map((k) => ({ key: k, text: strings.recognitionKinds[k] }))} onChange={(_, o) => o && formDispatch({ type: 'set', field: 'kind', value: o.key as RecognitionKind })} />
        </div>
        <div className={classNames.fields}>
          {form.kind === 'csv' && (
            <>
              <Dropdown disabled={readOnly} label={strings.csvPreset} selectedKey={form.preset} options={INTERACTION_CSV_PRESETS.map((p) => ({ key: p.name, text: p.name }))} onChange={(_, o) => o && formDispatch({ type: 'preset', name: String(o.key) })} />
              <TextField label={strings.csvColumn} value={form.column} onChange={set('column')} />
              <TextField label={strings.csvValue} value={form.value} onChange={set('value')} />
            </>
          )}
          {(form.kind === 'meeting' || form.kind === 'mail') && (
            <>
              <Dropdown disabled={readOnly} label={form.kind === 'meeting' ? strings.role : strings.fromRole} selectedKey={form.role} options={roleOptions} onChange={(_, o) => o && formDispatch({ type: 'set', field: 'role', value: String(o.key) })} />
              {form.kind === 'mail' && <Dropdown disabled={readOnly} label={strings.toRole} selectedKey={form.toRole} options={roleOptions} onChange={(_, o) => o && formDispatch({ type: 'set', field: 'toRole', value: String(o.key) })} />}
              <TextField label={strings.subjectContains} value={form.text} onChange={set('text')} />
            </>
          )}
          {form.kind === 'plannerTask' && <TextField label={strings.titleContains} value={form.text} onChange={set('text')} />}
          {form.kind === 'listItem' && (
            <>
              <TextField label={strings.listTitle} value={form.listTitle} onChange={set('listTitle')} />
              <TextField label={strings.listField} value={form.column} onChange={set('column')} />
              <TextField label={strings.listValue} value={form.value} onChange={set('value')} />
            </>
          )}
        </div>
        <div>
          <DefaultButton iconProps={{ iconName: 'Add' }} text={strings.addRule} disabled={form.transactionId === ''} onClick={add} />
        </div>
      </div>
    </div>
  );
}
