import * as React from 'react';
import { Checkbox, DefaultButton, Dropdown, Panel, PanelType, Stack, TextField } from '@fluentui/react';
import type { DeliverableKind, RoleSide } from '../../../core/model';
import type { TransactionChanges } from '../blueprintEdits';
import type { IItemEditorPanelProps } from './ItemEditorPanel.types';

const SIDES: readonly RoleSide[] = ['internal', 'customer', 'partner'];
const KINDS: readonly DeliverableKind[] = ['tangible', 'intangible'];

function errorAt(props: IItemEditorPanelProps, path: string): string | undefined {
  const messages = props.problems.filter((p) => p.path === path).map((p) => p.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/** Commits a text field when it loses focus, so one edit is one undo step. */
function CommitField(props: { label: string; value: string; error?: string; multiline?: boolean; type?: string; onCommit: (value: string) => void }): React.ReactElement {
  const [draft, setDraft] = React.useState(props.value);
  React.useEffect(() => setDraft(props.value), [props.value]);
  return (
    <TextField
      label={props.label}
      value={draft}
      type={props.type}
      multiline={props.multiline}
      errorMessage={props.error}
      onChange={(_e, value) => setDraft(value ?? '')}
      onBlur={() => draft !== props.value && props.onCommit(draft)}
    />
  );
}

/** The side panel that edits the role, stage or transaction selected in the diagram. */
export function ItemEditorPanel(props: IItemEditorPanelProps): React.ReactElement {
  const { blueprint, selection, strings, dispatch } = props;
  const close = (): void => dispatch({ type: 'select', selection: undefined });
  let title = '';
  let body: React.ReactNode;
  let remove: (() => void) | undefined;

  if (selection?.kind === 'role') {
    const i = blueprint.roles.findIndex((r) => r.id === selection.id);
    const role = blueprint.roles[i];
    if (role) {
      title = `${strings.panelRole}: ${role.name}`;
      remove = () => dispatch({ type: 'removeRole', id: role.id });
      body = (
        <>
          <CommitField label={strings.name} value={role.name} error={errorAt(props, `/roles/${i}/name`)} onCommit={(name) => dispatch({ type: 'updateRole', id: role.id, changes: { name } })} />
          <Dropdown label={strings.side} selectedKey={role.side} options={SIDES.map((s) => ({ key: s, text: strings.sides[s] }))}
            onChange={(_e, o) => o && dispatch({ type: 'updateRole', id: role.id, changes: { side: o.key as RoleSide } })} />
          <CommitField label={strings.description} value={role.description ?? ''} multiline
            onCommit={(text) => dispatch({ type: 'updateRole', id: role.id, changes: { description: text === '' ? undefined : text } })} />
        </>
      );
    }
  } else if (selection?.kind === 'transaction') {
    const i = blueprint.transactions.findIndex((t) => t.id === selection.id);
    const t = blueprint.transactions[i];
    if (t) {
      const roles = blueprint.roles.map((r) => ({ key: r.id, text: r.name }));
      const update = (changes: TransactionChanges): void =>
        dispatch({ type: 'updateTransaction', id: t.id, changes });
      title = `${strings.panelTransaction} ${t.sequence}: ${t.deliverable}`;
      remove = () => dispatch({ type: 'removeTransaction', id: t.id });
      body = (
        <>
          <CommitField label={strings.deliverable} value={t.deliverable} error={errorAt(props, `/transactions/${i}/deliverable`)} onCommit={(deliverable) => update({ deliverable })} />
          <CommitField label={strings.sequence} type="number" value={String(t.sequence)} error={errorAt(props, `/transactions/${i}/sequence`)}
            onCommit={(text) => Number.isInteger(Number(text)) && text !== '' && update({ sequence: Number(text) })} />
          <Dropdown label={strings.from} selectedKey={t.from} options={roles} errorMessage={errorAt(props, `/transactions/${i}/from`)} onChange={(_e, o) => o && update({ from: String(o.key) })} />
          <Dropdown label={strings.to} selectedKey={t.to} options={roles} errorMessage={errorAt(props, `/transactions/${i}/to`)} onChange={(_e, o) => o && update({ to: String(o.key) })} />
          <Dropdown label={strings.kind} selectedKey={t.kind} options={KINDS.map((k) => ({ key: k, text: strings.kinds[k] }))} onChange={(_e, o) => o && update({ kind: o.key as DeliverableKind })} />
          <Dropdown label={strings.stage} selectedKey={t.stage} options={[...blueprint.stages].sort((a, b) => a.order - b.order).map((s) => ({ key: s.id, text: s.name }))}
            errorMessage={errorAt(props, `/transactions/${i}/stage`)} onChange={(_e, o) => o && update({ stage: String(o.key) })} />
          <Checkbox label={strings.required} checked={t.required} onChange={(_e, checked) => update({ required: checked === true })} />
        </>
      );
    }
  } else if (selection?.kind === 'stage') {
    const i = blueprint.stages.findIndex((s) => s.id === selection.id);
    const stage = blueprint.stages[i];
    if (stage) {
      title = `${strings.panelStage}: ${stage.name}`;
      remove = () => dispatch({ type: 'removeStage', id: stage.id });
      body = <CommitField label={strings.name} value={stage.name} error={errorAt(props, `/stages/${i}/name`)} onCommit={(name) => dispatch({ type: 'updateStage', id: stage.id, changes: { name } })} />;
    }
  }

  return (
    <Panel isOpen={body !== undefined} onDismiss={close} headerText={title} closeButtonAriaLabel={strings.close} type={PanelType.smallFixedFar} isLightDismiss>
      <Stack tokens={{ childrenGap: 12 }}>
        {body}
        {remove && <DefaultButton iconProps={{ iconName: 'Delete' }} text={strings.remove(title)} onClick={remove} />}
      </Stack>
    </Panel>
  );
}
