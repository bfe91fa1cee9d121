import { generateDemoOrganisation } from '../../workbench/demo';
import { createNodeSp, createSharePointStores } from '../../src/adapters/sharepoint';
import { scoreOpportunity } from '../../src/core/insights/scoring/scoreOpportunity';
import { trainScoringModel } from '../../src/core/insights/scoring/trainScoringModel';
import { seedWorkbench } from '../../workbench/seed';
import { startEmulatorServer, type EmulatorServer } from './helpers';

describe('seedWorkbench', () => {
  let emu: EmulatorServer;
  beforeAll(async () => {
    emu = await startEmulatorServer();
  });
  afterAll(async () => {
    await emu.close(true);
  });

  it('seeds a small demo organisation through the adapters, and a second run imports nothing new', async () => {
    const org = generateDemoOrganisation({ seed: 3, scale: 0.01 });
    const first = await seedWorkbench(emu.siteUrl, org, { retry: { sleep: async () => undefined } });
    expect(first.blueprintSaved).toBe(true);
    expect(first.imported.opportunities.accepted).toBe(org.opportunities.length);
    expect(first.imported.interactions.accepted).toBe(org.interactions.length);
    expect(first.analysis.analysed).toBe(org.opportunities.length);
    // 15 deals: 4 won, 3 lost and 2 no-decision closed before the reference date (6 open). Too few for the
    // logistic model: blueprint distance, with the closed deals it was chosen over.
    expect(first.scoring && { model: first.scoring.model, trainedOn: first.scoring.trainedOn }).toEqual({ model: 'blueprint-distance', trainedOn: { won: 4, lost: 5 } });
    const stored = await createSharePointStores(createNodeSp(emu.siteUrl, { headers: { Authorization: 'Bearer user:owner' } })).opportunities.listAll();
    expect(new Set(stored.map((r) => r.snapshot?.scoreModel))).toEqual(new Set(['blueprint-distance (4 won / 5 lost)']));
    // Each stored score and its reasons are exactly what the model gives for the deal.
    const model = trainScoringModel(org.opportunities, org.interactions, org.blueprint, { now: org.referenceDate });
    for (const record of stored) {
      const own = org.interactions.filter((i) => i.opportunityId === record.opportunity.id);
      const expected = scoreOpportunity(model, record.opportunity, own, org.blueprint, { now: org.referenceDate });
      expect([record.snapshot?.score, record.snapshot?.scoreReasons]).toEqual([expected.probability, expected.contributions.slice(0, 5).map((c) => ({ feature: c.feature, label: c.label, points: c.points }))]);
    }
    const second = await seedWorkbench(emu.siteUrl, org, { retry: { sleep: async () => undefined } });
    expect(second.provisioning.changes).toEqual([]);
    expect(second.blueprintSaved).toBe(false);
    expect([second.imported.opportunities.accepted, second.imported.interactions.accepted, second.imported.interactions.alreadyStored]).toEqual([0, 0, org.interactions.length]);
    expect(second.analysis.analysed).toBe(0);
    expect(second.scoring).toBeUndefined();
  }, 120_000);
});
