/** @jest-environment jsdom */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act } from 'react-dom/test-utils';
import type { Blueprint } from '../../../src/core/model/blueprint';
import type { HostContext } from '../../../src/services/hostContext';
import type { BlueprintStore, StoredBlueprint } from '../../../src/services/ports';
import type { SiteProvisioner } from '../../../src/services/provisioning';
import { ProcessBlueprintApp } from '../../../src/ui/apps';
import { ServicesProvider } from '../../../src/ui/services';
import { AppRoot } from '../../../src/ui/shell';
import { businessCaseBlueprint } from '../../fixtures/process/businessCaseBlueprint';

const host: HostContext = { host: 'sharePointPage', theme: 'light', locale: 'en-US', user: { displayName: 'Olga', loginName: 'olga@contoso.com' }, siteUrl: 'https://contoso/sites/sales' };
const setUpSite: SiteProvisioner = {
  canManageLists: async () => true,
  inspect: async () => ({ previousVersion: 2, appVersion: 2, changes: [], siteIsNewer: false }),
  provision: async () => ({ previousVersion: 2, appVersion: 2, changes: [], siteIsNewer: false })
};

function fakeStore(saves: { blueprint: Blueprint; etag?: string }[]): BlueprintStore {
  const stored: StoredBlueprint = { blueprint: businessCaseBlueprint, etag: '"1"', itemId: 1, modifiedAt: 0 };
  return {
    list: async () => [stored],
    get: async () => stored,
    getPublished: async () => stored,
    save: async (blueprint, etag) => {
      saves.push({ blueprint, etag });
      return { blueprint, etag: '"2"', itemId: 1, modifiedAt: 1 };
    },
    setStatus: async () => stored,
    history: async () => []
  };
}

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  ReactDom.unmountComponentAtNode(container);
  container.remove();
});

async function type(element: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // Message bars render their text one timer tick later (DelayedRender, for screen readers).
  await act(async () => { await new Promise((resolve) => setTimeout(resolve, 5)); });
}

async function click(text: string): Promise<void> {
  const button = Array.from(container.querySelectorAll('button')).find((b) => b.textContent === text || b.getAttribute('aria-label') === text);
  if (!button) throw new Error(`No button "${text}"`);
  await act(async () => { button.click(); });
}

function preview(stage: string): string[] {
  const heading = Array.from(container.querySelectorAll('aside h5')).find((h) => h.textContent === stage);
  return Array.from(heading?.nextElementSibling?.querySelectorAll('li') ?? []).map((li) => li.textContent ?? '');
}

describe('ProcessBlueprintApp', () => {
  it('edits exit criteria, activity order and due days with the preview following, then saves with the ETag', async () => {
    const saves: { blueprint: Blueprint; etag?: string }[] = [];
    await act(async () => {
      ReactDom.render(
        <AppRoot host={host}>
          <ServicesProvider value={{ provisioner: setUpSite, blueprints: fakeStore(saves) }}>
            <ProcessBlueprintApp />
          </ServicesProvider>
        </AppRoot>,
        container
      );
    });
    expect(preview('Validate')[0]).toBe('To leave Validate, a deal needs at least 1 selling action and 0 buying actions.');
    expect(Array.from(container.querySelectorAll('section[aria-labelledby^="vn-stage-"] h4')).map((h) => h.textContent)).toEqual(['1. Discover', '2. Validate']);

    const validate = container.querySelectorAll('section[aria-labelledby^="vn-stage-"]')[1];
    const buying = Array.from(validate.querySelectorAll('input'))[1];
    await type(buying, '1');
    expect(preview('Validate')[0]).toBe('To leave Validate, a deal needs at least 1 selling action and 1 buying action.');
    // No customer-sent transaction in Validate: the minimum cannot be met, saving is blocked until fixed.
    expect(container.querySelector('.ms-MessageBar')?.textContent).toContain('1 problem to fix before saving:');
    expect((Array.from(container.querySelectorAll('button')).find((b) => b.textContent === 'Save') as HTMLButtonElement).disabled).toBe(true);
    await type(buying, '0');

    await click('Move Proposal up');
    await type(document.getElementById('vn-stage-bp-enterprise-validate-t3-due-input') as HTMLInputElement, '7');
    expect(preview('Validate')).toEqual([
      'To leave Validate, a deal needs at least 1 selling action and 0 buying actions.',
      'The economic buyer must receive the proposal from the account executive.',
      'The economic buyer must receive the business case before the proposal.',
      'The economic buyer must receive the business case from the account executive.',
      'The economic buyer must receive the business case within 7 days of entering Validate.',
      'The pain statement (Discover) must come before the business case (Validate).'
    ]);
    await click('Save');
    expect(saves).toHaveLength(1);
    expect(saves[0].etag).toBe('"1"');
    expect(saves[0].blueprint.transactions.map((t) => [t.id, t.sequence, t.due?.days])).toEqual([['t1', 1, undefined], ['t2', 2, undefined], ['t3', 4, 7], ['t4', 3, undefined]]);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('All changes saved.');
  });
});
