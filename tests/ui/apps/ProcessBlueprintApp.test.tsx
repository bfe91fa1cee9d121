/** @jest-environment jsdom */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act } from 'react-dom/test-utils';
import type { Blueprint } from '../../../src/core/model/blueprint';
import { ProcessBlueprintApp } from '../../../src/ui/apps';
import { ServicesProvider } from '../../../src/ui/services';
import { AppRoot } from '../../../src/ui/shell';
import { businessCaseBlueprint } from '../../fixtures/process/businessCaseBlueprint';
import { siteSetUp, testHost } from '../support/appHost';
import { memoryBlueprintStore } from '../support/memoryBlueprintStore';

const host = testHost;
const setUpSite = siteSetUp(2);

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
  it('edits exit criteria, activity order and due days with the preview following, then saves them to a draft and leaves the live version alone', async () => {
    const store = memoryBlueprintStore([businessCaseBlueprint]);
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
    expect(preview('Validate')[0]).toBe('To leave Validate, a deal needs at least 1 selling action and 0 buying actions.');
    expect(Array.from(container.querySelectorAll('section[aria-labelledby^="vn-stage-"] h4')).map((h) => h.textContent)).toEqual(['1. Discover', '2. Validate']);

    const validate = container.querySelectorAll('section[aria-labelledby^="vn-stage-"]')[1];
    const buying = Array.from(validate.querySelectorAll('input'))[1];
    await type(buying, '1');
    expect(preview('Validate')[0]).toBe('To leave Validate, a deal needs at least 1 selling action and 1 buying action.');
    // No customer-sent transaction in Validate: the minimum cannot be met, publishing is blocked until fixed.
    expect(Array.from(container.querySelectorAll('.ms-MessageBar')).map((m) => m.textContent).filter((t) => t?.includes('problem'))[0]).toContain('1 problem to fix before publishing:');
    expect((Array.from(container.querySelectorAll('button')).find((b) => b.textContent === 'Publish') as HTMLButtonElement).disabled).toBe(true);
    expect((Array.from(container.querySelectorAll('button')).find((b) => b.textContent === 'Save draft') as HTMLButtonElement).disabled).toBe(false);
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
    await click('Save draft');
    await act(async () => { await new Promise((resolve) => setTimeout(resolve, 5)); });
    // The first edit since publishing starts the draft: no ETag, nothing live changed.
    expect(store.draftSaves.map((s) => s.etag)).toEqual([undefined]);
    const draft = await store.getDraft(businessCaseBlueprint.id);
    expect(draft?.blueprint.transactions.map((t) => [t.id, t.sequence, t.due?.days])).toEqual([['t1', 1, undefined], ['t2', 2, undefined], ['t3', 4, 7], ['t4', 3, undefined]]);
    expect([draft?.blueprint.version, draft?.basedOnVersion]).toEqual([businessCaseBlueprint.version + 1, businessCaseBlueprint.version]);
    expect((await store.getPublished(businessCaseBlueprint.id))?.blueprint.transactions.map((t) => t.due?.days)).toEqual(businessCaseBlueprint.transactions.map((t) => t.due?.days));
    expect(container.querySelector('[data-testid="lifecycle-status"]')?.textContent).toBe(`Live: v${businessCaseBlueprint.version}Draft of v${businessCaseBlueprint.version + 1}, based on v${businessCaseBlueprint.version} · saved by Adele Vance, Jan 1, 1970, 12:02 AM UTC`);
    expect(Array.from(container.querySelectorAll('.ms-MessageBar')).map((m) => m.textContent)).toContain(`Draft of v${businessCaseBlueprint.version + 1} saved. What is live has not changed.`);
  });
});
