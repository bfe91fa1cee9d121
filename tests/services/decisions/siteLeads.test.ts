import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvTable } from '../../../src/interchange/mapping/csvTable';
import { suggestLeadMapping } from '../../../src/interchange/mapping/leadMapping';
import { filterStoredLeads, importLeads, loadPrioritisedLeads, storedLeadsCsv, trainSiteLeadModel, type SiteLeadStores } from '../../../src/services/decisions/siteLeads';
import type { Lead, LeadModelRecord, LeadOutcome, LeadRecord, StoredLeadScore } from '../../../src/services/ports/leadStore';

const leadsFile = readFileSync(join(__dirname, '../../fixtures/e2e/crm-leads.csv'), 'utf8');

/** The ports in memory: the Leads list as a map in item-id order, the models as a list. */
function memoryStores(): SiteLeadStores & { readonly records: Map<string, LeadRecord> } {
  const records = new Map<string, LeadRecord>();
  const models: LeadModelRecord[] = [];
  let next = 1;
  return {
    records,
    leads: {
      async upsertMany(leads: readonly Lead[]) {
        const acceptedIds: string[] = [];
        const updatedIds: string[] = [];
        for (const lead of leads) {
          const stored = records.get(lead.id);
          if (stored === undefined) acceptedIds.push(lead.id);
          else updatedIds.push(lead.id);
          records.set(lead.id, { ...stored, ...lead, itemId: stored?.itemId ?? next++ });
        }
        return { accepted: acceptedIds.length, acceptedIds, updated: updatedIds.length, updatedIds, alreadyStored: 0, failed: 0, failures: [] };
      },
      async getMany(ids: readonly string[]) {
        return ids.map((id) => records.get(id)).filter((r): r is LeadRecord => r !== undefined);
      },
      async *pages(outcome?: LeadOutcome) {
        yield [...records.values()].filter((r) => outcome === undefined || r.outcome === outcome);
      },
      async saveScores(scores: readonly { itemId: number; scored: StoredLeadScore }[]) {
        for (const { itemId, scored } of scores) {
          const record = [...records.values()].find((r) => r.itemId === itemId);
          if (record) records.set(record.id, { ...record, scored });
        }
        return { accepted: scores.length, alreadyStored: 0, failed: 0, failures: [] };
      }
    },
    leadModels: {
      async save(record: LeadModelRecord) {
        models.push(record);
        return record;
      },
      async latest() {
        return models[models.length - 1];
      }
    }
  };
}

describe('leads on the site (use cases over the ports)', () => {
  const table = readCsvTable(leadsFile);
  const { mapping } = suggestLeadMapping(table);
  const withoutEmail = { ...mapping, leaveOut: ['contact_email'] };

  it('skips a new row whose number the stored lead model cannot read, naming row, column and fix, and re-scores the rest', async () => {
    const stores = memoryStores();
    await importLeads(stores, table, withoutEmail, { now: 1000 });
    await trainSiteLeadModel(stores, { now: 2000 });
    const next = readCsvTable(`${leadsFile.trim()}\nLD-2000,Odd Corp,Webinar,Retail,many,odd@example.com,Open\nLD-2001,Even Corp,Webinar,Retail,,even@example.com,Open\n`);
    const report = await importLeads(stores, next, withoutEmail, { now: 3000 });
    expect(report.skipped.map((s) => s.message)).toEqual(['Row 81 (line 82), column "employees": "many" is not a number, and the lead model reads this column as numbers; write a number or leave the cell empty']);
    expect([report.stored.acceptedIds, report.rescored.scored, stores.records.has('LD-2000'), stores.records.get('LD-2001')?.scored?.scoredAt]).toEqual([['LD-2001'], 17, false, 3000]);
  });

  it('lists open leads by stored score (unscored last), filters by grade and text, and exports formula-safe CSV', async () => {
    const stores = memoryStores();
    await importLeads(stores, table, withoutEmail, { now: 1000 });
    const unscored = await loadPrioritisedLeads(stores);
    // Without a lead model: every open lead, unscored, by name.
    expect([unscored.length, unscored.slice(0, 2).map((l) => [l.id, l.name, l.score, l.grade, l.reasons])]).toEqual([16, [['LD-1070', '=SUM(1+1) Holdings', undefined, undefined, []], ['LD-1069', 'Adventure Works LLC 69', undefined, undefined, []]]]);
    await trainSiteLeadModel(stores, { now: 2000 });
    const leads = await loadPrioritisedLeads(stores);
    expect(filterStoredLeads(leads, { grades: ['A'] }).map((l) => [l.id, l.name, l.score])).toEqual([['LD-1072', 'Lucerne Inc 72', 87], ['LD-1064', 'Contoso LLC 64', 86]]);
    expect(filterStoredLeads(leads, { text: 'HOLDINGS' }).map((l) => l.id)).toEqual(['LD-1070']);
    const csv = (await storedLeadsCsv(filterStoredLeads(leads, { text: 'holdings' }))).split('\r\n');
    expect(csv).toEqual([
      'Rank,Lead id,Lead,Score,Grade,Top reasons,lead_source,industry,employees',
      "1,LD-1070,'=SUM(1+1) Holdings,26,C,employees 250 (-10.1); lead_source is Cold call (-8.4); industry is Logistics (-6.8),Cold call,Logistics,250",
      ''
    ]);
  });
});
