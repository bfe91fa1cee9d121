import { INTERACTION_CSV_PRESETS } from '../../src/interchange';
import { importInteractionsFile, isXesFile, type ImportProgress } from '../../src/services/importInteractionsFile';
import { businessCaseBlueprint } from '../fixtures/process/businessCaseBlueprint';
import { DAY, DAY0, interactions, opportunities, snapshots } from '../fixtures/ui/salesSite';
import { startEmulatedSite, type EmulatedSite } from '../ui/support/emulatedSite';

// HTTP to the emulator in this process: on a busy 2-core machine that outlasts jest's 5 s default.
jest.setTimeout(30_000);
const NOW = DAY0 + 25 * DAY;
const preset = INTERACTION_CSV_PRESETS[1];
const textFile = (name: string, text: string): { name: string; text: () => Promise<string>; arrayBuffer: () => Promise<ArrayBuffer> } => ({
  name,
  text: async () => text,
  arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer
});

// Two new exchanges of Borealis pilot (o2) and one row whose timestamp is not a date.
const csv = [
  'OpportunityId,Activity,Timestamp,FromParticipant,ToParticipant,FromRole,ToRole,Channel',
  'o2,t1,2026-01-03T09:00:00Z,bob@contoso.com,dana@borealis.example,ae,ch,meeting',
  'o2,t2,2026-01-04T09:00:00Z,dana@borealis.example,bob@contoso.com,ch,ae,email',
  'o2,t3,next Tuesday,bob@contoso.com,dana@borealis.example,ae,eb,meeting'
].join('\n');

describe('importInteractionsFile over the emulated site', () => {
  let site: EmulatedSite;
  beforeAll(async () => {
    site = await startEmulatedSite({ blueprints: [{ ...businessCaseBlueprint, status: 'published' }], opportunities, interactions, snapshots });
  });
  afterAll(async () => site.close());

  it('stores the good rows, lists the bad one with its row and column, and re-analyses the deal it touched', async () => {
    const progress: ImportProgress[] = [];
    const result = await importInteractionsFile(site.stores, textFile('crm.csv', csv), { preset, now: NOW, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({
      rows: 3,
      accepted: 2,
      rejected: 1,
      problems: [{ row: 3, column: 'Timestamp', reason: '"next Tuesday" is not an ISO 8601 date such as 2024-12-31 or 2024-12-31T14:30:00+01:00' }],
      writes: { accepted: 2, alreadyStored: 0, failed: 0, failures: [] },
      touchedOpportunityIds: ['o2'],
      analysed: 1,
      missing: []
    });
    expect(progress[progress.length - 1]).toEqual({ phase: 'analysing', done: 1, total: 1 });
    expect((await site.stores.interactions.listByOpportunity('o2')).map((i) => [i.activity, i.fromParticipant, i.channel])).toEqual([
      ['t1', 'bob@contoso.com', 'meeting'],
      ['t2', 'dana@borealis.example', 'mail']
    ]);
  });

  it('stores nothing and analyses nothing when the same file is imported again', async () => {
    const result = await importInteractionsFile(site.stores, textFile('crm.csv', csv), { preset, now: NOW });
    expect([result.accepted, result.writes.accepted, result.writes.alreadyStored, result.touchedOpportunityIds, result.analysed]).toEqual([2, 0, 2, [], 0]);
  });

  it('reads an XES log by its name and stores its events as exchanges of the named case', async () => {
    const xes = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<log xes.version="1.0" xmlns="http://www.xes-standard.org/">',
      '  <trace><string key="concept:name" value="o1"/>',
      '    <event><string key="concept:name" value="t4"/><date key="time:timestamp" value="2026-01-22T10:00:00Z"/><string key="org:resource" value="ann@contoso.com"/></event>',
      '  </trace>',
      '</log>'
    ].join('\n');
    expect([isXesFile('log.XES'), isXesFile('log.xes.gz'), isXesFile('log.csv')]).toEqual([true, true, false]);
    const result = await importInteractionsFile(site.stores, textFile('log.xes', xes), { preset, now: NOW });
    expect([result.rows, result.accepted, result.rejected, result.writes.accepted, result.touchedOpportunityIds, result.analysed]).toEqual([1, 1, 0, 1, ['o1'], 1]);
  });
});
