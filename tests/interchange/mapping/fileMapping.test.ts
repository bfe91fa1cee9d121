import { FileMappingError } from '../../../src/interchange';
import { opportunitiesCsvOptions, parseOpportunitiesCsv } from '../../../src/interchange/csv/opportunitiesCsv';
import { readOpportunityMapping } from '../../../src/interchange/mapping/fileMapping';
import { readLookupTable } from '../../../src/interchange/mapping/lookupTable';

describe('readOpportunityMapping', () => {
  it('keeps what it knows and drops nothing silently', () => {
    expect(readOpportunityMapping({ kind: 'opportunities', name: 'x', columns: { id: 'Ref' }, dateOrder: 'excel-serial', defaults: { currency: 'EUR' } })).toEqual({
      kind: 'opportunities',
      name: 'x',
      columns: { id: 'Ref' },
      dateOrder: 'excel-serial',
      defaults: { currency: 'EUR' }
    });
  });

  it('lists every problem with its JSON pointer', () => {
    let error: unknown;
    try {
      readOpportunityMapping({
        kind: 'interactions',
        columns: { id: 'Ref', colour: 'Farbe', amount: 5 },
        dateFormats: { created: 'us' },
        values: { status: { Gewonnen: 'won', Vertagt: 'later' } },
        lookup: { key: 'agent', match: 'seller', columns: {} }
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileMappingError);
    expect((error as FileMappingError).problems.map((p) => [p.path, p.message])).toEqual([
      ['/kind', 'the mapping is for "interactions" files, not "opportunities"'],
      ['/columns/colour', '"colour" is not a field; use one of id, name, account, owner, team, amount, currency, status, created, closed, stage, stageEntered'],
      ['/columns/amount', '/columns/amount must be text'],
      ['/dateFormats/created', '/dateFormats/created is "us"; use one of iso, day-first, month-first, excel-serial'],
      ['/values/status/Vertagt', '"Vertagt" maps to "later"; use one of open, won, lost, no-decision'],
      ['/lookup', '/lookup needs "key" (a header of the lookup file), "match" (a field) and "columns"']
    ]);
  });
});

describe('parseOpportunitiesCsv with a mapping', () => {
  it('takes the earliest date of a deal without a created date, and counts such deals', () => {
    const csv = ['Ref,Account,Seller,Value,Outcome,Phase,Since', 'D1,Fabrikam,ann,100,Won,Q,2024-01-05', 'D1,Fabrikam,ann,100,Won,P,2024-01-02', 'D2,Contoso,bob,5,open,Q,2024-02-01'].join('\n');
    const mapping = readOpportunityMapping({
      kind: 'opportunities',
      columns: { id: 'Ref', account: 'Account', owner: 'Seller', amount: 'Value', status: 'Outcome', stage: 'Phase', stageEntered: 'Since' },
      values: { stage: { Q: 'qualify', P: 'propose' } }
    });
    const result = parseOpportunitiesCsv(csv, opportunitiesCsvOptions(mapping));
    expect(result.records).toEqual([
      { id: 'D1', account: 'Fabrikam', owner: 'ann', amount: 100, status: 'won', createdAt: Date.UTC(2024, 0, 2), stageHistory: [{ stageId: 'propose', enteredAt: Date.UTC(2024, 0, 2) }, { stageId: 'qualify', enteredAt: Date.UTC(2024, 0, 5) }] },
      { id: 'D2', account: 'Contoso', owner: 'bob', amount: 5, status: 'open', createdAt: Date.UTC(2024, 1, 1), stageHistory: [{ stageId: 'qualify', enteredAt: Date.UTC(2024, 1, 1) }] }
    ]);
    expect(result.createdFromEarliestDate).toBe(2);
  });

  it('reads Excel serial dates per column and a team from the lookup file, which a file value overrides', () => {
    const csv = ['Id,Account,Owner,Team,Amount,Status,Created', 'A,F,ann,,1,open,45292', 'B,F,bob,Special,1,open,45292.5', 'C,F,cyd,,1,open,45293'].join('\n');
    const mapping = readOpportunityMapping({
      kind: 'opportunities',
      columns: { id: 'Id', account: 'Account', owner: 'Owner', team: 'Team', amount: 'Amount', status: 'Status', created: 'Created' },
      dateFormats: { created: 'excel-serial' },
      lookup: { key: 'agent', match: 'owner', columns: { team: 'office' } }
    });
    const lookup = readLookupTable('agent,office\nann,Central\nbob,West\nann,East\n,North\n', mapping.lookup ?? { key: '', match: 'owner', columns: {} });
    expect(lookup.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [3, 'agent', '"ann" is on row 1 already, with other values; keep one row per key (the first is used)'],
      [4, 'agent', 'is empty: every row of the lookup file needs its key']
    ]);
    const result = parseOpportunitiesCsv(csv, opportunitiesCsvOptions(mapping, lookup.table));
    expect(result.records.map((r) => [r.id, r.team ?? null, r.createdAt])).toEqual([
      ['A', 'Central', Date.UTC(2024, 0, 1)],
      ['B', 'Special', Date.UTC(2024, 0, 1, 12)],
      ['C', null, Date.UTC(2024, 0, 2)]
    ]);
  });
});
