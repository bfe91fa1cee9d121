/** @jest-environment jsdom */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act } from 'react-dom/test-utils';
import { ProvisioningIncompleteError } from '../../../src/services';
import type { HostContext } from '../../../src/services/hostContext';
import type { ProvisioningReport, SiteProvisioner } from '../../../src/services/provisioning';
import { ServicesProvider } from '../../../src/ui/services';
import { SiteSetup } from '../../../src/ui/setup';
import { AppRoot } from '../../../src/ui/shell';

const host = (locale: string): HostContext => ({
  host: 'sharePointPage',
  theme: 'light',
  locale,
  user: { displayName: 'Olga Owner', loginName: 'olga@contoso.com' },
  siteUrl: 'https://contoso.sharepoint.com/sites/sales'
});

const report = (changes: string[]): ProvisioningReport => ({ previousVersion: undefined, appVersion: 2, changes, siteIsNewer: false });

interface FakeSite extends SiteProvisioner {
  provisioned: number;
}

function fakeSite(options: { setUp: boolean; owner: boolean; failWith?: Error }): FakeSite {
  const site: FakeSite = {
    provisioned: 0,
    canManageLists: async () => options.owner,
    inspect: async () => report(options.setUp || site.provisioned > 0 ? [] : ['Create list "Blueprints"', 'Create list "Opportunities"']),
    provision: async () => {
      if (options.failWith) throw options.failWith;
      site.provisioned++;
      return report(['Create list "Blueprints"', 'Create list "Opportunities"']);
    }
  };
  return site;
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

async function render(site: SiteProvisioner, locale: string = 'en-US'): Promise<void> {
  await act(async () => {
    ReactDom.render(
      <AppRoot host={host(locale)}>
        <ServicesProvider value={{ provisioner: site }}>
          <SiteSetup><p id="app">The app</p></SiteSetup>
        </ServicesProvider>
      </AppRoot>,
      container
    );
  });
}

function buttonTexts(): string[] {
  return Array.from(container.querySelectorAll('button')).map((b) => b.textContent ?? '');
}

async function click(text: string): Promise<void> {
  const button = Array.from(container.querySelectorAll('button')).find((b) => b.textContent === text);
  if (!button) throw new Error(`No button "${text}" in: ${buttonTexts().join(' | ')}`);
  await act(async () => { button.click(); });
  // MessageBar renders its text one timer tick later (DelayedRender, so screen readers announce it).
  await act(async () => { await new Promise((resolve) => setTimeout(resolve, 5)); });
}

describe('SiteSetup', () => {
  it('renders the app straight away on a site that is set up', async () => {
    await render(fakeSite({ setUp: true, owner: false }));
    expect(container.querySelector('#app')?.textContent).toBe('The app');
    expect(container.querySelector('h3')).toBeNull();
  });

  it('offers owners the set-up with its changes, runs it and continues to the app', async () => {
    const site = fakeSite({ setUp: false, owner: true });
    await render(site);
    expect(container.querySelector('h3')?.textContent).toBe('ValueNetworks is not set up on this site yet');
    expect(Array.from(container.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['Create list "Blueprints"', 'Create list "Opportunities"']);
    expect(container.textContent).toContain('2 changes will be made:');
    expect(buttonTexts()).toEqual(['Set up ValueNetworks on this site']);
    await click('Set up ValueNetworks on this site');
    expect(site.provisioned).toBe(1);
    expect(container.querySelector('h3')?.textContent).toBe('ValueNetworks is set up on this site');
    expect(container.querySelector('.ms-MessageBar')?.textContent).toBe('2 changes were made.');
    await click('Continue');
    expect(container.querySelector('#app')?.textContent).toBe('The app');
  });

  it('explains to members who can set the site up, without a button', async () => {
    await render(fakeSite({ setUp: false, owner: false }));
    expect(buttonTexts()).toEqual([]);
    expect(container.querySelector('h3')?.textContent).toBe('ValueNetworks is not set up on this site yet');
    expect(container.querySelector('p')?.textContent).toBe(
      'Setting it up creates lists and columns, which needs the "Manage Lists" permission that site owners have. Ask an owner of this site to open this page and select "Set up ValueNetworks on this site" once; after that, you and other members can use the app.'
    );
  });

  it('shows a set-up that stopped part-way, with what was done, in German', async () => {
    const error = new ProvisioningIncompleteError(['Liste "Blueprints" anlegen'], 'Liste "Opportunities" anlegen', 'HTTP 503');
    await render(fakeSite({ setUp: false, owner: true, failWith: error }), 'de-DE');
    await click('ValueNetworks auf dieser Website einrichten');
    expect(container.querySelector('h3')?.textContent).toBe('Die Einrichtung wurde nicht abgeschlossen');
    expect(container.querySelector('.ms-MessageBar')?.textContent).toBe(
      `${error.message} 1 Änderung wurde vor dem Abbruch vorgenommen; ein erneuter Versuch erledigt den Rest.`
    );
    expect(buttonTexts()).toEqual(['Erneut versuchen']);
  });
});
