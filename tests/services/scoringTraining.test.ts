import { createSharePointStores } from '../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../src/adapters/sharepoint/provisioning';
import { trainScoringModel } from '../../src/core/insights/scoring/trainScoringModel';
import type { Blueprint } from '../../src/core/model/blueprint';
import type { Interaction, Opportunity } from '../../src/core/model/interaction';
import { importRecords } from '../../src/services/importData';
import { setUpSite } from '../../src/services/provisioning';
import { trainScoringFromHistory } from '../../src/services/scoringTraining';
import { opportunity, T0 } from '../adapters/sharepoint/fixtures';
import { noSleep, startDataLayerServer, type DataLayerServer } from '../adapters/sharepoint/harness';

const HOUR = 3_600_000;
const NOW = T0 + 100 * HOUR;

/** One stage; T01 then T02 required. */
const blueprint: Blueprint = {
  id: 'mini',
  name: 'Mini sale',
  version: 1,
  status: 'published',
  roles: [
    { id: 'ae', name: 'Account executive', side: 'internal' },
    { id: 'champion', name: 'Champion', side: 'customer' }
  ],
  stages: [{ id: 'qualify', name: 'Qualify', order: 1, exitCriteria: { minSellingActions: 1, minBuyingActions: 1 } }],
  transactions: [
    { id: 'T01', sequence: 1, from: 'ae', to: 'champion', deliverable: 'Discovery call', kind: 'intangible', stage: 'qualify', required: true, precededBy: [], minCount: 1 },
    { id: 'T02', sequence: 2, from: 'champion', to: 'ae', deliverable: 'Pains', kind: 'intangible', stage: 'qualify', required: true, precededBy: [], minCount: 1 }
  ]
};

function exchange(opportunityId: string, transactionId: 'T01' | 'T02', hour: number): Interaction {
  const [fromRole, toRole] = transactionId === 'T01' ? ['ae', 'champion'] : ['champion', 'ae'];
  return { opportunityId, timestamp: T0 + hour * HOUR, activity: transactionId, transactionId, fromRole, toRole, fromParticipant: `${fromRole}@x.com`, toParticipant: `${toRole}@x.com`, source: 'csv', sourceKey: `${opportunityId}-${transactionId}` };
}

/**
 * Two won, one lost and one no-decision deal closed before NOW; one lost deal closed after NOW (not
 * history yet) and one open deal (never read). Every deal entered `qualify` at T0, so each closed one
 * gives one stage-entry row.
 */
const deals: Opportunity[] = [
  opportunity('W1', { status: 'won', closedAt: T0 + 10 * HOUR }),
  opportunity('W2', { status: 'won', closedAt: T0 + 20 * HOUR }),
  opportunity('L1', { status: 'lost', closedAt: T0 + 30 * HOUR }),
  opportunity('N1', { status: 'no-decision', closedAt: T0 + 40 * HOUR }),
  opportunity('L2', { status: 'lost', closedAt: NOW + HOUR }),
  opportunity('O1')
];
const exchanges: Interaction[] = [
  exchange('W1', 'T01', 1), exchange('W1', 'T02', 2),
  exchange('W2', 'T01', 1), exchange('W2', 'T02', 3),
  exchange('L1', 'T01', 2),
  exchange('L2', 'T02', 1),
  exchange('O1', 'T01', 1), exchange('O1', 'T02', 2)
];

describe('training the scoring model from the site history', () => {
  let server: DataLayerServer;
  beforeAll(async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
    await importRecords(createSharePointStores(server.client(), { sleep: noSleep }), { opportunities: deals, interactions: exchanges });
  });
  afterAll(async () => {
    await server.close();
  });

  it('falls back to blueprint distance below 40 won and 40 lost, counting no-decision as lost and leaving later closes out', async () => {
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    const model = await trainScoringFromHistory(stores, blueprint, { now: NOW });
    expect(model).toEqual({ model: 'blueprint-distance', trainedOn: { won: 2, lost: 2 } });
  });

  it('reads page by page through the indexed status and opportunity id, never an open deal', async () => {
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    server.seen.length = 0;
    await trainScoringFromHistory(stores, blueprint, { now: NOW, pageSize: 1 });
    const urls = server.seen.map((r) => decodeURIComponent(r.url).replace(/\+/g, ' '));
    // Later pages follow the nextLink (list by GUID, `$skiptoken`), with the same filter.
    const opportunityReads = urls.filter((u) => u.includes('$select=Id,Title,VNExternalId'));
    expect(opportunityReads.map((u) => /\$filter=VNStatus eq '([a-z-]+)'/.exec(u)?.[1])).toEqual(['won', 'won', 'lost', 'lost', 'no-decision']);
    expect(opportunityReads.every((u) => u.includes('$top=1'))).toBe(true);
    // Interactions are read in $batch requests per page: five pages, five batches.
    expect(server.seen.filter((r) => r.method === 'POST' && r.url.includes('$batch')).length).toBe(5);
    expect(urls.some((u) => u.includes("'O1'"))).toBe(false);
  });

  it('trains the same logistic model from SharePoint as from the same deals in memory', async () => {
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    const fromSite = await trainScoringFromHistory(stores, blueprint, { now: NOW, minPerClass: 2, pageSize: 2 });
    expect(fromSite.model).toBe('logistic');
    expect(fromSite.trainedOn).toEqual({ won: 2, lost: 2 });
    const closed = deals.filter((d) => d.status !== 'open');
    expect(fromSite).toEqual(trainScoringModel(closed, exchanges.filter((i) => i.opportunityId !== 'O1'), blueprint, { now: NOW, minPerClass: 2 }));
  });
});
