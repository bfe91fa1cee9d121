import * as React from 'react';
import { DefaultButton, IconButton, useTheme } from '@fluentui/react';
import type { Blueprint, DeliverableKind, RoleSide, Transaction } from '../../../core/model';
import { nextId, nextSequence, nextStageOrder } from '../blueprintEdits';
import { getBlueprintTableClassNames } from './BlueprintTable.styles';
import type { IBlueprintTableProps } from './BlueprintTable.types';
import { problemsAt, SelectCell, TextCell } from './cells';

const SIDES: readonly RoleSide[] = ['internal', 'customer', 'partner'];
const KINDS: readonly DeliverableKind[] = ['tangible', 'intangible'];

/** Parses a whole number typed in a cell; keeps `fallback` for text that is not one (validation shows why). */
function wholeNumber(text: string, fallback: number): number {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) ? value : fallback;
}

/** A new transaction between the first internal and the first customer role, in the first stage. */
export function defaultTransaction(blueprint: Blueprint, deliverable: string): Transaction {
  const from = blueprint.roles.find((r) => r.side === 'internal') ?? blueprint.roles[0];
  const to = blueprint.roles.find((r) => r.side === 'customer' && r.id !== from?.id) ?? blueprint.roles.find((r) => r.id !== from?.id) ?? from;
  const stage = [...blueprint.stages].sort((a, b) => a.order - b.order)[0];
  return {
    id: nextId('t', blueprint.transactions.map((t) => t.id)),
    sequence: nextSequence(blueprint),
    from: from?.id ?? '',
    to: to?.id ?? '',
    deliverable,
    kind: 'intangible',
    stage: stage?.id ?? '',
    required: true,
    precededBy: [],
    minCount: 1
  };
}

/**
 * The blueprint as three editable tables (roles, stages, transactions), operable with the keyboard
 * alone: Tab between cells, type, and leave the cell (or press Enter) to commit one undoable edit.
 */
export function BlueprintTable(props: IBlueprintTableProps): React.ReactElement {
  const { blueprint, strings, dispatch, problems } = props;
  const classNames = getBlueprintTableClassNames(useTheme());
  // The row just added gets the focus, so keyboard users continue typing where they are.
  const [focusId, setFocusId] = React.useState<string | undefined>(undefined);
  const cell = { className: classNames.input, errorClassName: classNames.error };
  const numberCell = { className: classNames.number, errorClassName: classNames.error, type: 'number' as const };
  const roleOptions = blueprint.roles.map((r) => ({ key: r.id, text: r.name }));
  const stageOptions = [...blueprint.stages].sort((a, b) => a.order - b.order).map((s) => ({ key: s.id, text: s.name }));

  const section = (id: string, title: string, addText: string, onAdd: () => void, head: string[], rows: React.ReactNode): React.ReactElement => (
    <section className={classNames.section} aria-labelledby={`vn-table-${id}`}>
      <h3 id={`vn-table-${id}`} className={classNames.heading}>{title}</h3>
      <div className={classNames.scroller} role="region" aria-labelledby={`vn-table-${id}`} tabIndex={0}>
        {/* A disabled fieldset disables every native input and select below it for readers. */}
        <fieldset disabled={props.readOnly === true} className={classNames.fieldset}>
        <table className={classNames.table} aria-labelledby={`vn-table-${id}`}>
          <thead>
            <tr>{head.map((h, i) => <th key={i} scope="col" className={classNames.th}>{h}</th>)}</tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
        </fieldset>
      </div>
      {!props.readOnly && (
        <div>
          <DefaultButton iconProps={{ iconName: 'Add' }} text={addText} onClick={onAdd} />
        </div>
      )}
    </section>
  );

  const addRole = (): void => {
    const id = nextId('role', blueprint.roles.map((r) => r.id));
    dispatch({ type: 'addRole', role: { id, name: strings.newRoleName, side: 'internal' } });
    setFocusId(id);
  };
  const addStage = (): void => {
    const id = nextId('stage', blueprint.stages.map((s) => s.id));
    dispatch({ type: 'addStage', stage: { id, name: strings.newStageName, order: nextStageOrder(blueprint), exitCriteria: { minSellingActions: 0, minBuyingActions: 0 } } });
    setFocusId(id);
  };
  const addTransaction = (): void => {
    const transaction = defaultTransaction(blueprint, strings.newDeliverable);
    dispatch({ type: 'addTransaction', transaction });
    setFocusId(transaction.id);
  };

  return (
    <div className={classNames.root}>
      {section('roles', strings.roles, strings.addRole, addRole, [strings.name, strings.side, strings.description, ''],
        blueprint.roles.map((role, i) => {
          const at = (field: string): string[] => problemsAt(problems, `/roles/${i}/${field}`);
          const label = (field: string): string => `${field}, ${strings.panelRole} ${i + 1}`;
          return (
            <tr key={role.id}>
              <td className={classNames.td}>
                <TextCell {...cell} id={`vn-role-${i}-name`} label={label(strings.name)} errors={[...at('name'), ...at('id')]} value={role.name} autoFocus={focusId === role.id}
                  onCommit={(name) => dispatch({ type: 'updateRole', id: role.id, changes: { name } })} />
              </td>
              <td className={classNames.td}>
                <SelectCell {...cell} id={`vn-role-${i}-side`} label={label(strings.side)} errors={at('side')} value={role.side}
                  options={SIDES.map((s) => ({ key: s, text: strings.sides[s] }))}
                  onCommit={(side) => dispatch({ type: 'updateRole', id: role.id, changes: { side: side as RoleSide } })} />
              </td>
              <td className={classNames.td}>
                <TextCell {...cell} id={`vn-role-${i}-description`} label={label(strings.description)} errors={[]} value={role.description ?? ''}
                  onCommit={(text) => dispatch({ type: 'updateRole', id: role.id, changes: { description: text === '' ? undefined : text } })} />
              </td>
              <td className={classNames.td}>
                {!props.readOnly && <IconButton iconProps={{ iconName: 'Delete' }} title={strings.remove(role.name)} ariaLabel={strings.remove(role.name)} onClick={() => dispatch({ type: 'removeRole', id: role.id })} />}
              </td>
            </tr>
          );
        })
      )}
      {section('stages', strings.stages, strings.addStage, addStage, [strings.order, strings.name, strings.minSelling, strings.minBuying, ''],
        blueprint.stages.map((stage, i) => {
          const at = (field: string): string[] => problemsAt(problems, `/stages/${i}/${field}`);
          const label = (field: string): string => `${field}, ${strings.panelStage} ${i + 1}`;
          return (
            <tr key={stage.id}>
              <td className={classNames.td}>
                <TextCell {...numberCell} id={`vn-stage-${i}-order`} label={label(strings.order)} errors={at('order')} value={String(stage.order)}
                  onCommit={(text) => dispatch({ type: 'updateStage', id: stage.id, changes: { order: wholeNumber(text, stage.order) } })} />
              </td>
              <td className={classNames.td}>
                <TextCell {...cell} id={`vn-stage-${i}-name`} label={label(strings.name)} errors={[...at('name'), ...at('id')]} value={stage.name} autoFocus={focusId === stage.id}
                  onCommit={(name) => dispatch({ type: 'updateStage', id: stage.id, changes: { name } })} />
              </td>
              <td className={classNames.td}>
                <TextCell {...numberCell} id={`vn-stage-${i}-selling`} label={label(strings.minSelling)} errors={[...at('exitCriteria/minSellingActions'), ...at('exitCriteria')]} value={String(stage.exitCriteria.minSellingActions)}
                  onCommit={(text) => dispatch({ type: 'updateStage', id: stage.id, changes: { exitCriteria: { ...stage.exitCriteria, minSellingActions: wholeNumber(text, stage.exitCriteria.minSellingActions) } } })} />
              </td>
              <td className={classNames.td}>
                <TextCell {...numberCell} id={`vn-stage-${i}-buying`} label={label(strings.minBuying)} errors={at('exitCriteria/minBuyingActions')} value={String(stage.exitCriteria.minBuyingActions)}
                  onCommit={(text) => dispatch({ type: 'updateStage', id: stage.id, changes: { exitCriteria: { ...stage.exitCriteria, minBuyingActions: wholeNumber(text, stage.exitCriteria.minBuyingActions) } } })} />
              </td>
              <td className={classNames.td}>
                {!props.readOnly && <IconButton iconProps={{ iconName: 'Delete' }} title={strings.remove(stage.name)} ariaLabel={strings.remove(stage.name)} onClick={() => dispatch({ type: 'removeStage', id: stage.id })} />}
              </td>
            </tr>
          );
        })
      )}
      {section('transactions', strings.transactions, strings.addTransaction, addTransaction,
        [strings.sequence, strings.from, strings.to, strings.deliverable, strings.kind, strings.stage, strings.required, ''],
        blueprint.transactions.map((t, i) => {
          const at = (field: string): string[] => problemsAt(problems, `/transactions/${i}/${field}`);
          const label = (field: string): string => `${field}, ${strings.panelTransaction} ${i + 1}`;
          const update = (changes: Partial<Transaction>): void => dispatch({ type: 'updateTransaction', id: t.id, changes });
          return (
            <tr key={t.id}>
              <td className={classNames.td}>
                <TextCell {...numberCell} id={`vn-tx-${i}-sequence`} label={label(strings.sequence)} errors={at('sequence')} value={String(t.sequence)} onCommit={(text) => update({ sequence: wholeNumber(text, t.sequence) })} />
              </td>
              <td className={classNames.td}>
                <SelectCell {...cell} id={`vn-tx-${i}-from`} label={label(strings.from)} errors={at('from')} value={t.from} options={roleOptions} onCommit={(from) => update({ from })} />
              </td>
              <td className={classNames.td}>
                <SelectCell {...cell} id={`vn-tx-${i}-to`} label={label(strings.to)} errors={at('to')} value={t.to} options={roleOptions} onCommit={(to) => update({ to })} />
              </td>
              <td className={classNames.td}>
                <TextCell {...cell} id={`vn-tx-${i}-deliverable`} label={label(strings.deliverable)} errors={[...at('deliverable'), ...at('id')]} value={t.deliverable} autoFocus={focusId === t.id}
                  onCommit={(deliverable) => update({ deliverable })} />
              </td>
              <td className={classNames.td}>
                <SelectCell {...cell} id={`vn-tx-${i}-kind`} label={label(strings.kind)} errors={at('kind')} value={t.kind} options={KINDS.map((k) => ({ key: k, text: strings.kinds[k] }))}
                  onCommit={(kind) => update({ kind: kind as DeliverableKind })} />
              </td>
              <td className={classNames.td}>
                <SelectCell {...cell} id={`vn-tx-${i}-stage`} label={label(strings.stage)} errors={at('stage')} value={t.stage} options={stageOptions} onCommit={(stage) => update({ stage })} />
              </td>
              <td className={classNames.td}>
                <input type="checkbox" aria-label={label(strings.required)} checked={t.required} onChange={(event) => update({ required: event.target.checked })} />
              </td>
              <td className={classNames.td}>
                {!props.readOnly && <IconButton iconProps={{ iconName: 'Delete' }} title={strings.remove(t.deliverable)} ariaLabel={strings.remove(t.deliverable)} onClick={() => dispatch({ type: 'removeTransaction', id: t.id })} />}
              </td>
            </tr>
          );
        })
      )}
    </div>
  );
}
