import * as fs from 'fs';
import * as path from 'path';
import { opportunitiesCsvOptions, parseOpportunitiesCsv } from '../../../src/interchange/csv/opportunitiesCsv';
import { readCsvTable } from '../../../src/interchange/mapping/csvTable';
import { suggestOpportunityMapping } from '../../../src/interchange/mapping/suggestOpportunityMapping';
import { normaliseHeader } from '../../../src/interchange/mapping/normaliseHeader';

const table = (name: string): ReturnType<typeof readCsvTable> => readCsvTable(fs.readFileSync(path.resolve(__dirname, '../../fixtures/interchange/crm', name), 'utf8'));
const stages = [
  { id: 'qualify', name: 'Qualify' },
  { id: 'propose', name: 'Propose' },
  { id: 'close', name: 'Close' }
];

describe('suggestOpportunityMapping on files shaped like common CRM exports', () => {
  it('Salesforce opportunity report: the boolean "Closed" column is not taken for the close date', () => {
    const s = suggestOpportunityMapping(table('salesforce-opportunities.csv'), { stages });
    expect(s.mapping).toEqual({
      kind: 'opportunities',
      columns: {
        id: 'Opportunity ID',
        name: 'Opportunity Name',
        account: 'Account Name',
        owner: 'Opportunity Owner',
        amount: 'Amount',
        status: 'Stage',
        created: 'Created Date',
        closed: 'Close Date',
        stage: 'Stage'
      },
      dateFormats: { created: 'month-first', closed: 'month-first' },
      decimalSeparator: '.',
      values: { status: { 'Closed Lost': 'lost', 'Closed Won': 'won', 'Proposal/Price Quote': 'open' }, stage: { 'Closed Lost': '', 'Closed Won': '' } }
    });
    expect(s.unmappedStageValues).toEqual(['Proposal/Price Quote']);
  });

  it('HubSpot deals export: e-mail owners, ISO date-times, an empty amount defaults to 0', () => {
    const s = suggestOpportunityMapping(table('hubspot-deals.csv'), { stages });
    expect(s.mapping).toEqual({
      kind: 'opportunities',
      columns: { id: 'Record ID', name: 'Deal Name', account: 'Associated Company', owner: 'Deal owner', amount: 'Amount', status: 'Deal Stage', created: 'Create Date', closed: 'Close Date', stage: 'Deal Stage' },
      dateFormats: { created: 'iso', closed: 'iso' },
      decimalSeparator: '.',
      values: { status: { 'Closed Lost': 'lost', 'Closed Won': 'won', 'Contract Sent': 'open' }, stage: { 'Closed Lost': '', 'Closed Won': '' } },
      defaults: { amount: '0' }
    });
  });

  it('Dynamics 365 export: its own status column, day-first dates, a stage named like the blueprint stage', () => {
    const s = suggestOpportunityMapping(table('dynamics-opportunities.csv'), { stages });
    expect(s.mapping).toEqual({
      kind: 'opportunities',
      columns: {
        id: '(Do Not Modify) Opportunity',
        name: 'Topic',
        account: 'Potential Customer',
        owner: 'Owner',
        amount: 'Est. Revenue',
        status: 'Status',
        created: 'Created On',
        closed: 'Actual Close Date',
        stage: 'Pipeline Phase'
      },
      dateFormats: { created: 'day-first', closed: 'day-first' },
      decimalSeparator: '.',
      values: { status: { Lost: 'lost', Open: 'open', Won: 'won' }, stage: { Close: 'close', Propose: 'propose', Qualify: 'qualify' } }
    });
    const result = parseOpportunitiesCsv(fs.readFileSync(path.resolve(__dirname, '../../fixtures/interchange/crm/dynamics-opportunities.csv'), 'utf8'), opportunitiesCsvOptions(s.mapping));
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => [r.id, r.status, r.amount, r.createdAt, r.closedAt ?? null, r.stageHistory.map((e) => e.stageId).join()])).toEqual([
      ['4f1c2d3e-0001', 'won', 12500, Date.UTC(2024, 0, 2, 9, 30), Date.UTC(2024, 1, 15), 'close'],
      ['4f1c2d3e-0002', 'open', 800, Date.UTC(2024, 2, 18, 14), null, 'propose'],
      ['4f1c2d3e-0003', 'lost', 0, Date.UTC(2024, 0, 5, 8), Date.UTC(2024, 2, 1), 'qualify']
    ]);
  });

  it('a German export: Verkaufschance, Betrag with decimal comma, Abschlussdatum, German outcomes', () => {
    const s = suggestOpportunityMapping(table('verkaufschancen-de.csv'), { stages });
    expect(s.mapping).toEqual({
      kind: 'opportunities',
      columns: {
        id: 'Verkaufschance',
        name: 'Name der Verkaufschance',
        account: 'Firma',
        owner: 'Verkäufer',
        amount: 'Betrag',
        currency: 'Währung',
        status: 'Status',
        created: 'Erstellt am',
        closed: 'Abschlussdatum',
        stage: 'Verkaufsphase'
      },
      dateFormats: { created: 'day-first', closed: 'day-first' },
      decimalSeparator: ',',
      values: { status: { Gewonnen: 'won', Offen: 'open', Verloren: 'lost' }, stage: {} }
    });
    expect(s.unmappedStageValues).toEqual(['Abschluss', 'Angebot', 'Qualifizierung']);
  });

  it('asks for the date order when every value fits both, and takes an e-mail column as owner by content', () => {
    const s = suggestOpportunityMapping(readCsvTable('Ref,Contact,Amount,Status,Created\nA,ann@x.example,10,won,03/04/2024\nB,bob@x.example,20,lost,05/06/2024\n'));
    expect(s.mapping.columns).toEqual({ amount: 'Amount', status: 'Status', created: 'Created', owner: 'Contact' });
    expect(s.matches.find((m) => m.field === 'owner')).toEqual({ field: 'owner', column: 'Contact', by: 'content', samples: ['ann@x.example', 'bob@x.example'] });
    expect(s.dateQuestions).toEqual([{ field: 'created', column: 'Created', candidates: ['day-first', 'month-first'], example: '03/04/2024' }]);
    expect(s.mapping.dateFormats).toBeUndefined();
  });

  it('normalises header names: case, accents, camelCase, punctuation', () => {
    expect(['OpportunityId', 'Verkäufer', 'Est. Revenue', 'close_date', '(Do Not Modify) Opportunity'].map(normaliseHeader)).toEqual([
      'opportunity id',
      'verkaufer',
      'est revenue',
      'close date',
      'do not modify opportunity'
    ]);
  });
});
