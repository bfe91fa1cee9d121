import * as fs from 'fs';
import * as path from 'path';
import { opportunitiesCsvOptions, parseOpportunitiesCsv } from '../../../src/interchange/csv/opportunitiesCsv';
import { readCsvTable } from '../../../src/interchange/mapping/csvTable';
import { checkOpportunityMapping, readOpportunityMapping } from '../../../src/interchange/mapping/fileMapping';
import { readLookupTable } from '../../../src/interchange/mapping/lookupTable';
import { suggestOpportunityMapping } from '../../../src/interchange/mapping/suggestOpportunityMapping';

const dir = path.resolve(__dirname, '../../fixtures/interchange/crm');
const read = (name: string): string => fs.readFileSync(path.join(dir, name), 'utf8');
const stages = [
  { id: 'discover', name: 'Discover' },
  { id: 'validate', name: 'Validate' },
  { id: 'close', name: 'Close' }
];
const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

describe('a CRM pipeline export with its own column names', () => {
  it('is matched by header name and content, with every status and stage value counted', () => {
    const suggestion = suggestOpportunityMapping(readCsvTable(read('sales_pipeline.csv')), { stages });
    expect(suggestion.mapping).toEqual({
      kind: 'opportunities',
      columns: {
        id: 'opportunity_id',
        account: 'account',
        owner: 'sales_agent',
        amount: 'close_value',
        status: 'deal_stage',
        created: 'engage_date',
        closed: 'close_date',
        stage: 'deal_stage'
      },
      dateFormats: { created: 'month-first', closed: 'month-first' },
      decimalSeparator: '.',
      values: {
        // The stage column also says the outcome: values naming none are open stages.
        status: { Engaging: 'open', Won: 'won', Lost: 'lost', Pending: 'open', Prospecting: 'open' },
        stage: { Won: '', Lost: '' }
      },
      defaults: { amount: '0' }
    });
    expect(suggestion.matches.map((m) => [m.field, m.column ?? '-', m.by, m.samples.join('|')])).toEqual([
      ['id', 'opportunity_id', 'name', 'K1Q7ZA2B|P3W8XC0D|R5E2VB7F'],
      ['name', '-', 'none', ''],
      ['account', 'account', 'name', 'Brightwave|Lumenfold|Quillmark'],
      ['owner', 'sales_agent', 'name', 'Mira Feldhaus|Tobin Archer|Odile Varga'],
      ['team', '-', 'none', ''],
      ['amount', 'close_value', 'name', '1054|4514|0'],
      ['currency', '-', 'none', ''],
      ['status', 'deal_stage', 'content', 'Won|Lost|Engaging'],
      ['created', 'engage_date', 'name', '10/20/2016|10/25/2016|3/13/2017'],
      ['closed', 'close_date', 'name', '3/1/2017|3/13/2017|3/7/2017'],
      ['stage', 'deal_stage', 'name', 'Won|Lost|Engaging'],
      ['stageEntered', '-', 'none', '']
    ]);
    expect(suggestion.stageValues).toEqual([
      { value: 'Engaging', rows: 2 },
      { value: 'Won', rows: 2 },
      { value: 'Lost', rows: 1 },
      { value: 'Pending', rows: 1 },
      { value: 'Prospecting', rows: 1 }
    ]);
    expect(suggestion.unmappedStageValues).toEqual(['Engaging', 'Pending', 'Prospecting']);
    expect(suggestion.unmappedStatusValues).toEqual([]);
    expect(suggestion.dateQuestions).toEqual([]);
  });

  it('imports with the finished mapping and the team file: defaults, value maps, lookup and row errors', () => {
    const mapping = readOpportunityMapping(JSON.parse(read('sales_pipeline.mapping.json')));
    const header = readCsvTable(read('sales_pipeline.csv')).header;
    expect(checkOpportunityMapping(mapping, header, readCsvTable(read('sales_teams.csv')).header)).toEqual([]);
    const lookup = readLookupTable(read('sales_teams.csv'), mapping.lookup ?? { key: '', match: 'owner', columns: {} });
    expect(lookup.errors).toEqual([]);
    const result = parseOpportunitiesCsv(read('sales_pipeline.csv'), opportunitiesCsvOptions(mapping, lookup.table));
    expect(result.records).toEqual([
      { id: 'K1Q7ZA2B', account: 'Brightwave', owner: 'Mira Feldhaus', team: 'Central', amount: 1054, status: 'won', createdAt: day(2016, 10, 20), closedAt: day(2017, 3, 1), stageHistory: [{ stageId: 'close', enteredAt: day(2016, 10, 20) }] },
      { id: 'P3W8XC0D', account: 'Lumenfold', owner: 'Tobin Archer', team: 'Central', amount: 4514, status: 'won', createdAt: day(2016, 10, 25), closedAt: day(2017, 3, 13), stageHistory: [{ stageId: 'close', enteredAt: day(2016, 10, 25) }] },
      { id: 'R5E2VB7F', account: 'Brightwave', owner: 'Tobin Archer', team: 'Central', amount: 0, status: 'lost', createdAt: day(2016, 10, 25), closedAt: day(2017, 3, 7), stageHistory: [] },
      { id: 'T9Y4NM1H', account: 'Quillmark', owner: 'Mira Feldhaus', team: 'Central', amount: 0, status: 'open', createdAt: day(2017, 3, 13), stageHistory: [{ stageId: 'validate', enteredAt: day(2017, 3, 13) }] },
      { id: 'U2I6LK3J', account: '(no account yet)', owner: 'Odile Varga', team: 'West', amount: 0, status: 'open', createdAt: day(2017, 4, 2), stageHistory: [{ stageId: 'validate', enteredAt: day(2017, 4, 2) }] }
    ]);
    expect(result.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [6, 'engage_date', 'is empty and the row has no other date: map the column with the created date, or give the mapping a default'],
      [7, 'deal_stage', '"Pending" has no status in the mapping; map it to one of open, won, lost, no-decision'],
      [7, 'deal_stage', '"Pending" has no blueprint stage in the mapping; map it to a stage, or to "no stage"']
    ]);
    expect([result.accepted, result.rejected, result.createdFromEarliestDate]).toEqual([5, 2, 0]);
  });

  it('names the columns a mapping saved for other headers wants, and the required fields it lacks', () => {
    const mapping = readOpportunityMapping({ kind: 'opportunities', columns: { id: 'Opportunity ID', owner: 'sales_agent', amount: 'close_value' } });
    expect(checkOpportunityMapping(mapping, ['opportunity_id', 'sales_agent', 'close_value']).map((p) => [p.path, p.message])).toEqual([
      ['/columns/id', 'the file has no column "Opportunity ID" for id; pick one of its columns: "opportunity_id", "sales_agent", "close_value"'],
      ['/columns/account', 'account is needed to group deals by customer: pick the column that holds it, or give a default'],
      ['/columns/status', 'status is needed to tell open deals from won, lost and no-decision ones: pick the column that holds it, or give a default']
    ]);
  });
});
