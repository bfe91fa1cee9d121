import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ImportProgress } from '../../src/services/importInteractionsFile';
import { importOpportunitiesFile } from '../../src/services/importOpportunitiesFile';
import { OPPORTUNITY_CSV_PRESETS } from '../../src/interchange/csv/opportunityPresets';
import { businessCaseBlueprint } from '../fixtures/process/businessCaseBlueprint';
import { DAY, DAY0, interactions, opportunities, snapshots } from '../fixtures/ui/salesSite';
import { startEmulatedSite, type EmulatedSite } from '../ui/support/emulatedSite';

// HTTP to the emulator in this process: on a busy 2-core machine that outlasts jest's 5 s default.
jest.setTimeout(30_000);
const day = (n: number): number => DAY0 + n * DAY;
const NOW = day(25);
// o2 won and entered Validate (a partial export: only its new stage row), o3 unchanged, o5 new, o6 a bad status.
const csv = readFileSync(resolve(__dirname, '../fixtures/dashboard/opportunitiesReexport.csv'), 'utf8');
const file = { name: 'crm.csv', text: async () => csv, arrayBuffer: async () => new TextEncoder().encode(csv).buffer };

describe('importOpportunitiesFile over the emulated site', () => {
  let site: EmulatedSite;
  beforeAll(async () => {
    site = await startEmulatedSite({ blueprints: [{ ...businessCaseBlueprint, status: 'published' }], opportunities, interactions, snapshots });
  });
  afterAll(async () => site.close());

  it('adds new deals, updates changed ones keeping their history, lists bad rows, and re-analyses only what changed', async () => {
    const progress: ImportProgress[] = [];
    const result = await importOpportunitiesFile(site.stores, file, { preset: OPPORTUNITY_CSV_PRESETS[0], now: NOW, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({
      accepted: 3,
      rejected: 1,
      problems: [{ row: 4, column: 'Status', reason: '"maybe" is not a status; use one of open, won, lost, no-decision' }],
      writes: { accepted: 1, acceptedIds: ['o5'], updated: 1, updatedIds: ['o2'], alreadyStored: 1, failed: 0, failures: [] },
      touchedOpportunityIds: ['o2', 'o5'],
      analysed: 2,
      missing: [],
      createdFromEarliestDate: 0
    });
    expect(progress).toEqual([
      { phase: 'reading', rows: 3, stored: 0 },
      { phase: 'reading', rows: 3, stored: 3 },
      { phase: 'analysing', done: 0, total: 2 },
      { phase: 'analysing', done: 2, total: 2 }
    ]);

    const [o2, o3, o5] = await site.stores.opportunities.getMany(['o2', 'o3', 'o5']);
    expect(o2.opportunity).toEqual({
      id: 'o2', name: 'Borealis pilot', account: 'Borealis', owner: 'bob@contoso.com', team: 'South', amount: 45, status: 'won', createdAt: day(2), closedAt: day(20),
      stageHistory: [{ stageId: 'discover', enteredAt: day(2) }, { stageId: 'validate', enteredAt: day(5) }]
    });
    expect([o2.stage, o2.snapshot?.analysedAt]).toEqual(['validate', NOW]);
    expect(o3.opportunity).toEqual(opportunities[2]);
    // Unchanged, so not analysed: it still has no snapshot.
    expect(o3.snapshot).toBeUndefined();
    expect([o5.opportunity.amount, o5.opportunity.currency, o5.opportunity.status, o5.snapshot?.analysedAt]).toEqual([1200.5, 'EUR', 'open', NOW]);

    const again = await importOpportunitiesFile(site.stores, file, { preset: OPPORTUNITY_CSV_PRESETS[0], now: NOW + DAY });
    expect([again.writes.accepted, again.writes.updated, again.writes.alreadyStored, again.touchedOpportunityIds, again.analysed]).toEqual([0, 0, 3, [], 0]);
  });
});
