/** @jest-environment ./tests/ui/support/jsdomWithNodeNetwork.js */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act } from 'react-dom/test-utils';
import { setIconOptions } from '@fluentui/react';
import { createNodeSp, createSharePointProvisioner, createSharePointStores, schemaV5 } from '../../../src/adapters/sharepoint';
import { readCsvTable } from '../../../src/interchange/mapping/csvTable';
import { suggestLeadMapping } from '../../../src/interchange/mapping/leadMapping';
import { importLeads, trainSiteLeadModel } from '../../../src/services/decisions/siteLeads';
import type { HostContext } from '../../../src/services/hostContext';
import { setUpSite } from '../../../src/services/provisioning';
import { LeadsPanel } from '../../../src/ui/decisions/LeadsPanel';
import { ServicesProvider, type UiServices } from '../../../src/ui/services';
import { AppRoot } from '../../../src/ui/shell';
import { startEmulatorServer, type EmulatorServer } from '../../workbench/helpers';
import { settle, textsOf, typeInto } from '../support/dom';

setIconOptions({ disableWarnings: true });
jest.setTimeout(60_000);

const host: HostContext = { host: 'sharePointPage', theme: 'light', locale: 'en-US', user: { displayName: 'Adele Vance', loginName: 'adele@contoso.com' }, siteUrl: 'https://contoso/sites/sales' };
const leadsFile = readFileSync(join(__dirname, '../../fixtures/e2e/crm-leads.csv'), 'utf8');
const T = Date.UTC(2026, 11, 4, 9, 30, 0);

let emu: EmulatorServer;
let container: HTMLDivElement;
beforeEach(async () => {
  emu = await startEmulatorServer();
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(async () => {
  ReactDom.unmountComponentAtNode(container);
  container.remove();
  await emu.close(true);
});

const client = (user: 'owner' | 'member' | 'visitor') => createNodeSp(emu.siteUrl, { headers: { Authorization: `Bearer user:${user}` }, retry: { sleep: async () => undefined, random: () => 0.5 } });

async function mount(services: UiServices, locale: string = 'en-US'): Promise<void> {
  await act(async () => {
    ReactDom.render(
      <AppRoot host={{ ...host, locale }}>
        <ServicesProvider value={services}>
          <LeadsPanel locale={locale} clock={() => T} />
        </ServicesProvider>
      </AppRoot>,
      container
    );
  });
}

describe('LeadsPanel on a site', () => {
  it('lists the stored open leads by their stored scores with the model that scored them, and filters by text', async () => {
    await setUpSite(createSharePointProvisioner(client('owner')));
    const stores = createSharePointStores(client('owner'));
    const table = readCsvTable(leadsFile);
    const leads = { leads: stores.leads!, leadModels: stores.leadModels! };
    await importLeads(leads, table, { ...suggestLeadMapping(table).mapping, leaveOut: ['contact_email'] }, { now: T });
    await trainSiteLeadModel(leads, { now: T, trainedBy: 'Adele Vance' });

    await mount(stores);
    await settle(() => container.querySelectorAll('tr[data-lead-row]').length > 0);
    expect(container.querySelector('[data-testid="leads-model"]')?.textContent).toBe(
      'Scored with the lead model (29 converted / 35 not converted), trained Dec 4, 2026, 9:30 AM UTC by Adele Vance. Learnt from 29 converted and 35 not converted leads. Tested on the latest 16: ranks a converted lead above one that did not convert 76% of the time.'
    );
    expect(textsOf(container.querySelectorAll('tr[data-lead-row]')).slice(0, 2)).toEqual([
      '1LD-1072Lucerne Inc 7287Alead_source is Referral (+13.6); employees 40 (+12.0); industry is Manufacturing (+9.0)',
      '2LD-1064Contoso LLC 6486Alead_source is Referral (+13.6); employees 70 (+9.0); industry is Manufacturing (+9.0)'
    ]);
    await typeInto(container.querySelector('input[type="text"]') as HTMLInputElement, 'contoso');
    expect([container.querySelector('[data-testid="leads-shown"]')?.textContent, textsOf(container.querySelectorAll('tr[data-lead-row] td:nth-child(2)'))]).toEqual(['1 of 16 open leads match.', ['LD-1064']]);
  });

  it('offers a seller (site member) the import but leaves training to site owners, and says so', async () => {
    await setUpSite(createSharePointProvisioner(client('owner')));
    await mount(createSharePointStores(client('member')));
    await settle(() => container.querySelector('[data-testid="leads-model"]') !== null && container.textContent?.includes('Site owners train') === true);
    const buttons = Array.from(container.querySelectorAll('button')).map((b) => [b.textContent, b.disabled]);
    expect(buttons.slice(0, 2)).toEqual([['Import leads (CSV)', false], ['Train lead model', true]]);
    expect([container.querySelector('[data-testid="leads-model"]')?.textContent, container.querySelector('[data-testid="leads-shown"]')?.textContent]).toEqual([
      'No lead model yet: import leads with a known outcome, then train the lead model.',
      '0 open leads.'
    ]);
  });

  it('tells a visitor on a version-5 site that a site owner must add the Leads list, in German', async () => {
    await setUpSite(createSharePointProvisioner(client('owner'), { schema: schemaV5() }));
    await mount(createSharePointStores(client('visitor')), 'de-DE');
    await settle(() => container.querySelector('.ms-MessageBar-innerText')?.textContent !== undefined && (container.querySelector('.ms-MessageBar-innerText')?.textContent ?? '') !== '');
    expect(container.querySelector('.ms-MessageBar-innerText')?.textContent).toBe('Diese Website hat noch keine Leads-Liste: ein Websitebesitzer legt sie mit „ValueNetworks auf dieser Website einrichten“ an.');
    expect(Array.from(container.querySelectorAll('button')).map((b) => b.textContent)).toEqual([]);
  });
});
