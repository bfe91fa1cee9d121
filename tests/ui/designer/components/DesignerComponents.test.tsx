/** @jest-environment jsdom */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act } from 'react-dom/test-utils';
import { setIconOptions } from '@fluentui/react';
import { validateBlueprint } from '../../../../src/core/model/validateBlueprint';
import type { Blueprint } from '../../../../src/core/model/blueprint';
import type { StoredBlueprint } from '../../../../src/services/ports';
import { AnalysisPanel } from '../../../../src/ui/designer/AnalysisPanel';
import { BlueprintTable } from '../../../../src/ui/designer/BlueprintTable';
import { designerReducer, initialDesignerState, isDirty, type DesignerAction, type DesignerState } from '../../../../src/ui/designer/designerReducer';
import { ItemEditorPanel } from '../../../../src/ui/designer/ItemEditorPanel';
import { VersionHistory } from '../../../../src/ui/designer/VersionHistory';
import { designerStringsFor } from '../../../../src/ui/i18n/designer';
import { lifecycleStringsFor } from '../../../../src/ui/i18n/lifecycle';
import { businessCaseBlueprint } from '../../../fixtures/process/businessCaseBlueprint';
import { clickButton, press, textsOf, typeInto } from '../../support/dom';

setIconOptions({ disableWarnings: true });
const strings = designerStringsFor('en-US');
const lifecycle = lifecycleStringsFor('en-US');

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  ReactDom.unmountComponentAtNode(container);
  container.remove();
});

/** Renders an editor component over the real designer reducer and reports every state it reaches. */
function Harness(props: { initial: Blueprint; onState: (state: DesignerState) => void; children: (state: DesignerState, dispatch: React.Dispatch<DesignerAction>) => React.ReactElement }): React.ReactElement {
  const [state, dispatch] = React.useReducer(designerReducer, props.initial, (b) => initialDesignerState(b));
  props.onState(state);
  return props.children(state, dispatch);
}

async function mount(element: React.ReactElement): Promise<void> {
  await act(async () => {
    ReactDom.render(element, container);
  });
}

const input = (id: string): HTMLInputElement => {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLInputElement) && !(element instanceof HTMLSelectElement)) throw new Error(`No field #${id}`);
  return element as HTMLInputElement;
};

describe('BlueprintTable', () => {
  it('commits one undoable edit per cell on Enter, restores on Escape, and changes a select by keyboard', async () => {
    let state: DesignerState | undefined;
    await mount(
      <Harness initial={businessCaseBlueprint} onState={(s) => { state = s; }}>
        {(s, dispatch) => <BlueprintTable blueprint={s.blueprint} problems={validateBlueprint(s.blueprint)} strings={strings} dispatch={dispatch} />}
      </Harness>
    );
    expect(Array.from(container.querySelectorAll('h3')).map((h) => h.textContent)).toEqual(['Roles', 'Stages', 'Transactions']);

    const deliverable = input('vn-tx-2-deliverable');
    expect(deliverable.getAttribute('aria-label')).toBe('Deliverable, Transaction 3');
    await typeInto(deliverable, 'Business case with ROI');
    // Typing alone changes nothing: the edit is committed when the cell is left or Enter is pressed.
    expect(state?.blueprint.transactions[2].deliverable).toBe('Business case');
    await press(deliverable, 'Enter');
    expect(state?.blueprint.transactions[2].deliverable).toBe('Business case with ROI');
    expect(state?.past).toHaveLength(1);

    const buying = input('vn-stage-1-buying');
    await typeInto(buying, '2');
    await press(buying, 'Escape');
    expect(buying.value).toBe('0');
    expect(state?.blueprint.stages[1].exitCriteria.minBuyingActions).toBe(0);

    const side = input('vn-role-1-side') as unknown as HTMLSelectElement;
    await act(async () => {
      side.value = 'partner';
      side.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(state?.blueprint.roles.map((r) => [r.id, r.side])).toEqual([['ae', 'internal'], ['ch', 'partner'], ['eb', 'customer']]);
    expect(state?.past).toHaveLength(2);
    expect(state && isDirty(state)).toBe(true);
  });

  it('adds a transaction from the first internal to the first customer role in the first stage and focuses its deliverable', async () => {
    let state: DesignerState | undefined;
    await mount(
      <Harness initial={businessCaseBlueprint} onState={(s) => { state = s; }}>
        {(s, dispatch) => <BlueprintTable blueprint={s.blueprint} problems={[]} strings={strings} dispatch={dispatch} />}
      </Harness>
    );
    await clickButton(container, strings.addTransaction);
    const added = state?.blueprint.transactions[4];
    expect(added && [added.id, added.sequence, added.from, added.to, added.stage, added.deliverable]).toEqual(['t-1', 5, 'ae', 'ch', 'discover', 'New deliverable']);
    expect(document.activeElement?.id).toBe('vn-tx-4-deliverable');
  });
});

describe('AnalysisPanel', () => {
  it('tabulates what each role gives and receives and states the findings in plain language', async () => {
    await mount(<AnalysisPanel blueprint={businessCaseBlueprint} strings={strings} locale="en-US" />);
    // ae gives t1 (intangible), t3 and t4 (tangible) and receives t2; eb only receives t3 and t4.
    // Betweenness of ae: the one ordered pair of other roles joined at all (ch -> eb) passes through it,
    // over (n-1)(n-2) = 2 ordered pairs: 0.5.
    expect(Array.from(container.querySelectorAll('tbody tr')).map((tr) => textsOf(tr.children))).toEqual([
      ['Account executive', 'Internal', '2 tangible, 1 intangible', '0 tangible, 1 intangible', '+2', '0.5'],
      ['Champion', 'Customer', '0 tangible, 1 intangible', '0 tangible, 1 intangible', '0', '0'],
      ['Economic buyer', 'Customer', '0 tangible, 0 intangible', '2 tangible, 0 intangible', '-2', '0']
    ]);
    expect(textsOf(container.querySelectorAll('ul li'))).toEqual([
      'Economic buyer only receives. Plan what they give back (an introduction, feedback, a decision) so the exchange is balanced.',
      'Account executive is the main broker: 50% of the hand-offs between other roles pass through them. Multi-thread around them.'
    ]);
  });
});

const published = (version: number, blueprint: Blueprint, modifiedAt: number, modifiedBy: string, restoredFrom?: number): StoredBlueprint => ({
  blueprint: { ...blueprint, version, status: 'published' },
  etag: `"${version}"`,
  itemId: version,
  modifiedAt,
  modifiedBy,
  ...(restoredFrom !== undefined ? { restoredFrom } : {})
});

describe('VersionHistory', () => {
  it('lists the published versions newest first with who published them, and shows any two side by side as sentences', async () => {
    const v1: Blueprint = { ...businessCaseBlueprint, roles: [...businessCaseBlueprint.roles, { id: 'legal', name: 'Legal', side: 'customer' }] };
    const editing: Blueprint = {
      ...businessCaseBlueprint,
      transactions: businessCaseBlueprint.transactions.map((t) => (t.id === 't3' ? { ...t, deliverable: 'ROI model', kind: 'intangible', due: { days: 10 } } : t))
    };
    const rolledBack: number[] = [];
    await mount(
      <VersionHistory
        versions={[published(3, v1, Date.UTC(2026, 1, 3, 10, 0), 'Adele Vance', 1), published(2, businessCaseBlueprint, Date.UTC(2026, 1, 2, 9, 30), 'Alex Wilber'), published(1, v1, Date.UTC(2026, 1, 1, 8, 0), 'Adele Vance')]}
        editing={editing}
        editingVersion={4}
        canPublish
        busy={false}
        strings={lifecycle}
        locale="en-US"
        onRollBack={(v) => rolledBack.push(v)}
      />
    );
    expect(textsOf(container.querySelectorAll('section[aria-labelledby="vn-history-heading"] button .ms-Button-label'))).toEqual([
      'v3 (live) · published by Adele Vance, Feb 3, 2026, 10:00 AM UTC · roll back to v1',
      'v2 · published by Alex Wilber, Feb 2, 2026, 9:30 AM UTC',
      'v1 · published by Adele Vance, Feb 1, 2026, 8:00 AM UTC'
    ]);
    // By default: the live version against the draft being edited.
    const diff = (): Element | null => container.querySelector('section[aria-live="polite"]');
    expect(Array.from(diff()?.querySelectorAll('h5') ?? []).map((h) => h.textContent)).toEqual(['Roles', 'Exchanges']);
    expect(textsOf(diff()?.querySelectorAll('li') ?? [])).toEqual([
      'Removed "Legal"',
      'Changed the deliverable of "ROI model" from "Business case" to "ROI model"',
      'Changed the kind of "ROI model" from "tangible" to "intangible"',
      'Changed the due days of "ROI model" from 14 to 10'
    ]);
    await act(async () => {
      container.querySelectorAll<HTMLButtonElement>('section[aria-labelledby="vn-history-heading"] button')[1].click();
    });
    await clickButton(container, 'Make v2 live again');
    expect(rolledBack).toEqual([2]);
  });

  it('offers no roll back to people who may not publish', async () => {
    await mount(<VersionHistory versions={[published(2, businessCaseBlueprint, 0, 'A'), published(1, businessCaseBlueprint, 0, 'A')]} editing={businessCaseBlueprint} editingVersion={3} canPublish={false} busy={false} strings={lifecycle} locale="en-US" onRollBack={() => undefined} />);
    await act(async () => {
      container.querySelectorAll<HTMLButtonElement>('section[aria-labelledby="vn-history-heading"] button')[1].click();
    });
    expect(Array.from(container.querySelectorAll('button')).filter((b) => b.textContent?.startsWith('Make v')).length).toBe(0);
    expect(container.querySelector('section[aria-live="polite"] p')?.textContent).toBe('No differences.');
  });
});

describe('ItemEditorPanel', () => {
  it('edits the selected transaction: a text field commits on leaving it, the checkbox at once, and the panel closes', async () => {
    let state: DesignerState | undefined;
    await mount(
      <Harness initial={businessCaseBlueprint} onState={(s) => { state = s; }}>
        {(s, dispatch) => <ItemEditorPanel blueprint={s.blueprint} selection={s.selection ?? { kind: 'transaction', id: 't4' }} problems={[]} strings={strings} dispatch={dispatch} />}
      </Harness>
    );
    expect(document.querySelector('.ms-Panel-headerText')?.textContent).toBe('Transaction 4: Proposal');
    const fields = Array.from(document.querySelectorAll<HTMLInputElement>('.ms-Panel input.ms-TextField-field'));
    await typeInto(fields[0], 'Signed proposal');
    expect(state?.blueprint.transactions[3].deliverable).toBe('Proposal');
    await act(async () => {
      fields[0].dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    });
    expect(state?.blueprint.transactions[3].deliverable).toBe('Signed proposal');
    expect(document.querySelector('.ms-Panel-headerText')?.textContent).toBe('Transaction 4: Signed proposal');
    await act(async () => {
      document.querySelector<HTMLInputElement>('.ms-Panel input[type="checkbox"]')?.click();
    });
    expect(state?.blueprint.transactions[3].required).toBe(false);
    expect(state?.past).toHaveLength(2);
  });
});
