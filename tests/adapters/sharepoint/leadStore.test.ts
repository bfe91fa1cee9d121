import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSharePointStores } from '../../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import { schemaV5 } from '../../../src/adapters/sharepoint/schema';
import { SiteSetupNeededError } from '../../../src/services/errors';
import type { ScoringModel } from '../../../src/core/insights';
import { readCsvTable } from '../../../src/interchange/mapping/csvTable';
import { suggestLeadMapping } from '../../../src/interchange/mapping/leadMapping';
import { importLeads, loadPrioritisedLeads, trainSiteLeadModel } from '../../../src/services/decisions/siteLeads';
import { TooFewLeadsError } from '../../../src/services/decisions/leadScores';
import { setUpSite } from '../../../src/services/provisioning';
import { T0 } from './fixtures';
import { noSleep, startDataLayerServer, writes, type DataLayerServer } from './harness';

jest.setTimeout(60_000);

const leadsFile = readFileSync(join(__dirname, '../../fixtures/e2e/crm-leads.csv'), 'utf8');

describe('the Leads list and lead models over HTTP against the emulator', () => {
  let server: DataLayerServer;
  afterEach(async () => {
    await server?.close();
  });

  it('imports a CRM leads file under throttling, outages and dropped connections: every lead once, re-import updates by id, a bad row is skipped and named', async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
    const stores = createSharePointStores(server.client(), { sleep: noSleep, batchSize: 10 });
    const leads = { leads: stores.leads!, leadModels: stores.leadModels! };
    const table = readCsvTable(leadsFile);
    const { mapping } = suggestLeadMapping(table);

    server.seen.length = 0;
    server.emu.faults.configure({ enabled: true, failureRate: 0.3, dropRate: 0.1, retryAfterSeconds: 0, paths: ['/sites/'], seed: 5 });
    const first = await importLeads(leads, table, mapping, { now: T0 });
    server.emu.faults.configure({ enabled: false });
    // Without faults: 8 batches of reads and 8 of adds; more means faults were retried.
    expect(writes(server.seen).length).toBeGreaterThan(16);
    expect([first.read, first.skipped, first.stored.failed, first.stored.accepted + first.stored.alreadyStored, first.rescored]).toEqual([80, [], 0, 80, { modelId: undefined, scored: 0, failed: 0, failures: [] }]);

    const stored = [];
    for await (const page of leads.leads.pages(undefined, 30)) stored.push(...page);
    expect(stored.length).toBe(80);
    expect(new Set(stored.map((l) => l.id)).size).toBe(80);
    const seventy = stored.find((l) => l.id === 'LD-1070');
    expect(seventy).toMatchObject({ name: '=SUM(1+1) Holdings', outcome: 'open', features: { lead_source: 'Cold call', industry: 'Logistics', employees: '250', contact_email: 'contact70@example.com' } });
    expect(stored.filter((l) => l.outcome === 'open').length).toBe(16);

    // Next month's file: LD-1064 converted, LD-1080 is new, one row has no id; the rest are the same.
    const lines = leadsFile.trim().split('\n');
    const changed = [...lines.map((l) => (l.startsWith('LD-1064,') ? l.replace(/,Qualified$/, ',Converted') : l)), 'LD-1080,Wingtip AG 80,Webinar,Retail,220,new@example.com,Open', ',Nameless Ltd,Webinar,Retail,10,x@example.com,Open'];
    const second = await importLeads(leads, readCsvTable(changed.join('\n')), mapping, { now: T0 + 1000 });
    expect([second.read, second.stored.accepted, second.stored.updated, second.stored.updatedIds, second.stored.alreadyStored, second.stored.failed]).toEqual([82, 1, 1, ['LD-1064'], 79, 0]);
    expect(second.skipped.map((s) => s.message)).toEqual(['Row 82 (line 83), column "lead_id": the lead id is empty; every lead needs an id to be found again on the next import: fill it in or remove the row']);
    expect((await leads.leads.getMany(['LD-1064', 'LD-1080'])).map((l) => [l.id, l.outcome])).toEqual([['LD-1064', 'converted'], ['LD-1080', 'open']]);
  });

  it('tells a site set up by version 5 that a site owner must add the Leads list, and has no lead model there', async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client(), { schema: schemaV5() }));
    const stores = createSharePointStores(server.client());
    const read = loadPrioritisedLeads({ leads: stores.leads! });
    await expect(read).rejects.toBeInstanceOf(SiteSetupNeededError);
    await expect(read).rejects.toThrow('This site has no Leads list yet: a site owner adds it with "Set up ValueNetworks on this site" (schema version 6).');
    expect(await stores.leadModels!.latest()).toBeUndefined();
  });

  it('trains the lead model into its own ScoringModels item, keeps the opportunity model in use, and re-scores every open lead', async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    const leads = { leads: stores.leads!, leadModels: stores.leadModels! };
    const opportunityModel = { model: 'blueprint-distance', trainedOn: { won: 3, lost: 2 } } as unknown as ScoringModel;
    await stores.models.save({ modelId: 'opportunity-1', label: 'blueprint distance', trainedAt: T0, blueprintId: 'bp', blueprintVersion: 1, window: { from: T0, to: T0 }, model: opportunityModel });
    await stores.models.use('opportunity-1');

    const table = readCsvTable(leadsFile);
    const { mapping } = suggestLeadMapping(table);
    const few = readCsvTable(leadsFile.trim().split('\n').slice(0, 30).join('\n'));
    await importLeads(leads, few, mapping, { now: T0 });
    const refused = trainSiteLeadModel(leads, { now: T0 });
    await expect(refused).rejects.toBeInstanceOf(TooFewLeadsError);
    await expect(refused).rejects.toThrow('Too few leads with a known outcome: 12 converted and 17 not converted; each needs at least 20.');
    expect(await leads.leadModels.latest()).toBeUndefined();

    await importLeads(leads, table, mapping, { now: T0 });
    const trained = await trainSiteLeadModel(leads, { now: T0 + 60_000, trainedBy: 'Adele Vance' });
    expect([trained.record.modelId, trained.record.label, trained.rescored.scored, trained.rescored.failed]).toEqual(['lead-20240501T090100000Z', 'lead model (29 converted / 35 not converted)', 16, 0]);
    expect((await stores.models.getInUse())?.modelId).toBe('opportunity-1');
    expect((await stores.models.recent(10)).map((m) => m.modelId)).toEqual(['opportunity-1']);
    // The lead model is newer, yet the newest opportunity model is still the first one.
    expect((await stores.models.recent(1)).map((m) => m.modelId)).toEqual(['opportunity-1']);
    const latest = await leads.leadModels.latest();
    expect([latest?.modelId, latest?.trainedBy, latest?.columns, latest?.model.trainedOn]).toEqual([
      'lead-20240501T090100000Z',
      'Adele Vance',
      trained.record.columns,
      { converted: 29, notConverted: 35 }
    ]);

    const prioritised = await loadPrioritisedLeads(leads);
    expect(prioritised.length).toBe(16);
    expect(prioritised.slice(0, 3).map((l) => [l.id, l.score, l.grade, l.reasons])).toEqual([
      ['LD-1072', 87, 'A', ['lead_source is Referral (+13.6)', 'employees 40 (+12.0)', 'industry is Manufacturing (+9.0)']],
      ['LD-1064', 86, 'A', ['lead_source is Referral (+13.6)', 'employees 70 (+9.0)', 'industry is Manufacturing (+9.0)']],
      ['LD-1076', 68, 'B', ['lead_source is Referral (+13.6)', 'industry is not Manufacturing (-3.4)', 'industry is Software (-2.9)']]
    ]);
    expect(prioritised.map((l) => l.grade).join('')).toBe('AABBBBBBCCCCCCCC');
    const [one] = await leads.leads.getMany([prioritised[0].id]);
    expect(one.scored).toEqual({ score: prioritised[0].score, grade: prioritised[0].grade, reasons: prioritised[0].reasons, modelId: 'lead-20240501T090100000Z', scoredAt: T0 + 60_000 });
  });
});
