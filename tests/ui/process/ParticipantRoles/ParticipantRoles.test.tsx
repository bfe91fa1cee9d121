/** @jest-environment ./tests/ui/support/jsdomWithNodeNetwork.js */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act } from 'react-dom/test-utils';
import { setIconOptions } from '@fluentui/react';
import type { HostContext } from '../../../../src/services/hostContext';
import { ProcessBlueprintApp } from '../../../../src/ui/apps';
import { ServicesProvider } from '../../../../src/ui/services';
import { AppRoot } from '../../../../src/ui/shell';
import { businessCaseBlueprint } from '../../../fixtures/process/businessCaseBlueprint';
import { interactions, opportunities } from '../../../fixtures/ui/salesSite';
import { clickButton, settle, textsOf } from '../../support/dom';
import { startEmulatedSite, type EmulatedSite } from '../../support/emulatedSite';

setIconOptions({ disableWarnings: true });
// The stores talk HTTP to the emulator in this process: on a busy 2-core machine that outlasts jest's 5 s default.
jest.setTimeout(30_000);
const host: HostContext = { host: 'sharePointPage', theme: 'light', locale: 'en-US', user: { displayName: 'Olga', loginName: 'olga@contoso.com' }, siteUrl: 'https://contoso/sites/sales' };

let site: EmulatedSite;
let container: HTMLDivElement;
beforeAll(async () => {
  site = await startEmulatedSite({ blueprints: [businessCaseBlueprint], opportunities, interactions });
  await site.stores.participants.addMany([
    { email: 'chris@atlas.example', displayName: 'Chris Doe', role: 'ch', account: 'Atlas', opportunityId: 'o1' },
    { email: 'dana@atlas.example', role: 'eb', account: 'Atlas' }
  ]);
});
afterAll(async () => site.close());
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  ReactDom.unmountComponentAtNode(container);
  container.remove();
});

const people = (): string[][] => Array.from(container.querySelectorAll('[data-testid="participant-roles"] tbody tr')).map((tr) => textsOf(tr.querySelectorAll('th, td')));
const roleSelect = (email: string): HTMLSelectElement => container.querySelector(`tr[data-person="${email}"] select`) as HTMLSelectElement;

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.focus();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('ParticipantRoles in the Process Blueprint app', () => {
  it('maps the people of an account to customer roles through the Participants list, by keyboard-operable selects', async () => {
    await act(async () => {
      ReactDom.render(
        <AppRoot host={host}>
          <ServicesProvider value={{ ...site.stores, provisioner: site.provisioner }}>
            <ProcessBlueprintApp />
          </ServicesProvider>
        </AppRoot>,
        container
      );
    });
    await settle(() => container.querySelector('[data-testid="participant-roles"] .ms-Dropdown') !== null);
    const dropdown = container.querySelector('[data-testid="participant-roles"] .ms-Dropdown') as HTMLElement;
    // Fluent's Dropdown opens with the keyboard (Alt+Down) and lists the site's accounts.
    await act(async () => {
      dropdown.focus();
      dropdown.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, which: 40, keyCode: 40 } as KeyboardEventInit));
    });
    const options = Array.from(document.querySelectorAll<HTMLButtonElement>('.ms-Dropdown-item'));
    expect(options.map((o) => o.textContent)).toEqual(['Atlas', 'Borealis', 'Cobalt', 'Delta']);
    await act(async () => options[0].click());
    await settle(() => people().length > 0);

    // Ann is the seller; Chris and Erin exchanged with the deal; Dana is recorded account-wide.
    expect(people()).toEqual([
      ['Chris Doe (chris@atlas.example)', 'Champion', '(no change)Economic buyer'],
      ['dana@atlas.example', 'Economic buyer', '(no change)Champion'],
      ['erin@atlas.example', 'None', '(no change)ChampionEconomic buyer']
    ]);
    expect(roleSelect('erin@atlas.example').getAttribute('aria-label')).toBe('Add a role for erin@atlas.example');

    await choose(roleSelect('erin@atlas.example'), 'eb');
    await choose(roleSelect('chris@atlas.example'), 'eb');
    await clickButton(container, 'Save roles');
    // Saved, then read back from the Participants list.
    await settle(() => people()[2]?.[1] === 'Economic buyer');
    expect(container.querySelector('[data-testid="participant-roles"] [role="status"]')?.textContent).toBe('2 role entries stored for 1 open deal.');
    expect(people().map((row) => row.slice(0, 2))).toEqual([
      ['Chris Doe (chris@atlas.example)', 'Champion, Economic buyer'],
      ['dana@atlas.example', 'Economic buyer'],
      ['erin@atlas.example', 'Economic buyer']
    ]);
    expect((await site.stores.participants.listByOpportunity('o1')).map((p) => [p.email, p.role]).sort()).toEqual([
      ['chris@atlas.example', 'ch'],
      ['chris@atlas.example', 'eb'],
      ['erin@atlas.example', 'eb']
    ]);
  });
});
