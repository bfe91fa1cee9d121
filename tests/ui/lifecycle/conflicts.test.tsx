/** @jest-environment jsdom */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act } from 'react-dom/test-utils';
import { setIconOptions } from '@fluentui/react';
import { ProcessBlueprintApp } from '../../../src/ui/apps';
import { diffLines } from '../../../src/ui/lifecycle';
import { diffBlueprints } from '../../../src/core/model/diffBlueprints';
import { lifecycleStringsFor } from '../../../src/ui/i18n/lifecycle';
import { ServicesProvider } from '../../../src/ui/services';
import { AppRoot } from '../../../src/ui/shell';
import { businessCaseBlueprint } from '../../fixtures/process/businessCaseBlueprint';
import { clickButton } from '../support/dom';
import { siteSetUp, testHost } from '../support/appHost';
import { memoryBlueprintStore } from '../support/memoryBlueprintStore';

setIconOptions({ disableWarnings: true });
const host = testHost;
const setUpSite = siteSetUp(4);

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  ReactDom.unmountComponentAtNode(container);
  container.remove();
});

const tick = async (): Promise<void> => act(async () => { await new Promise((resolve) => setTimeout(resolve, 5)); });
const messages = (): string[] => Array.from(container.querySelectorAll('.ms-MessageBar')).map((m) => m.textContent ?? '');

async function type(element: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await tick();
}

describe('the life-cycle conflicts in an editor', () => {
  it('says who saved the draft in between and what they changed, then saves over it only when asked', async () => {
    const store = memoryBlueprintStore([businessCaseBlueprint], { canRead: true, canEdit: true, canPublish: true }, 'Alex Wilber');
    await act(async () => {
      ReactDom.render(
        <AppRoot host={host}>
          <ServicesProvider value={{ provisioner: setUpSite, blueprints: store }}>
            <ProcessBlueprintApp />
          </ServicesProvider>
        </AppRoot>,
        container
      );
    });
    await tick();
    // Alex saves a draft while this editor has the live version open.
    await store.saveDraft({ ...businessCaseBlueprint, stages: businessCaseBlueprint.stages.map((s) => (s.id === 'validate' ? { ...s, exitCriteria: { ...s.exitCriteria, minSellingActions: 2 } } : s)) });
    const discover = container.querySelectorAll('section[aria-labelledby^="vn-stage-"]')[0];
    await type(Array.from(discover.querySelectorAll('input'))[0], '2');
    await clickButton(container, 'Save draft');
    await tick();
    expect(messages().find((m) => m.startsWith('Alex Wilber'))).toBe(
      'Alex Wilber saved the draft at Jan 1, 1970, 12:02 AM UTC, after you opened it. Nothing was saved. What they changed:StagesChanged the minimum selling actions of "Validate" from 1 to 2' +
        'Reload theirs (discard mine)Save mine over theirs'
    );
    expect(store.draftSaves.map((s) => s.etag)).toEqual([undefined, undefined]);
    await clickButton(container, 'Save mine over theirs');
    await tick();
    const draft = await store.getDraft(businessCaseBlueprint.id);
    expect(draft?.blueprint.stages.map((s) => s.exitCriteria.minSellingActions)).toEqual([2, 1]);
    expect(messages()).toContain('Draft of v2 saved. What is live has not changed.');
  });

  it('reads a diff in German', () => {
    const after = { ...businessCaseBlueprint, roles: businessCaseBlueprint.roles.filter((r) => r.id !== 'eb') };
    expect(diffLines(diffBlueprints(businessCaseBlueprint, after), lifecycleStringsFor('de-DE'))).toEqual([{ key: 'roles', title: 'Rollen', lines: ['"Economic buyer" entfernt'] }]);
  });
});
