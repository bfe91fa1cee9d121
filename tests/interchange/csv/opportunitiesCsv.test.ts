import * as fs from 'fs';
import * as path from 'path';
import { opportunitiesToCsv } from '../../../src/interchange/csv/exportCsv';
import { OPPORTUNITY_CSV_PRESETS, parseOpportunitiesCsv } from '../../../src/interchange/csv/opportunitiesCsv';
import { parseAmount } from '../../../src/interchange/csv/parseAmount';

const text = fs.readFileSync(path.resolve(__dirname, '../../fixtures/interchange/opportunities-history.csv'), 'utf8');
const options = {
  mapping: {
    id: 'Opportunity',
    name: 'Deal name',
    account: 'Account',
    owner: 'Owner',
    amount: 'Amount',
    status: 'Status',
    created: 'Created',
    closed: 'Closed',
    stage: 'Stage',
    stageEntered: 'Entered'
  },
  dateOrder: 'day-first' as const,
  decimalSeparator: ',' as const
};

describe('parseOpportunitiesCsv', () => {
  it('groups stage-entry rows into opportunities and reports bad rows', () => {
    const result = parseOpportunitiesCsv(text, options);
    expect(result.records).toEqual([
      {
        id: 'O-1',
        name: 'Big deal',
        account: 'Fabrikam',
        owner: 'ann',
        amount: 1200.5,
        status: 'won',
        createdAt: 1704153600000,
        closedAt: 1709251200000,
        // sorted by time, though the file lists propose first
        stageHistory: [
          { stageId: 'qualify', enteredAt: 1704153600000 },
          { stageId: 'propose', enteredAt: 1706745600000 }
        ]
      },
      { id: 'O-2', name: 'Small deal', account: 'Contoso', owner: 'bob', amount: 0, status: 'open', createdAt: 1705276800000, stageHistory: [] }
    ]);
    expect(result.accepted).toBe(2);
    expect(result.rejected).toBe(3);
    expect(result.errors.map((e) => [e.row, e.line, e.column, e.reason])).toEqual([
      [4, 5, 'Amount', '"12 €" is not an amount with "," as decimal separator; write it like 1234,50 or 1.234,50, without a currency'],
      [4, 5, 'Status', '"pending" is not a status; use one of open, won, lost, no-decision'],
      [4, 5, 'Created', '"31/02/2024" has no day 31 in month 2; expected a day-first date such as 31/12/2024 or 31.12.2024 14:30'],
      [5, 6, 'Amount', 'differs from row 1 of the same opportunity; every row of one opportunity must repeat the same value'],
      [6, 7, 'Entered', 'must be filled together with the other stage column (or both left empty)']
    ]);
  });

  it('round-trips through the export and its preset', () => {
    const first = parseOpportunitiesCsv(text, options).records;
    const preset = OPPORTUNITY_CSV_PRESETS[0];
    const again = parseOpportunitiesCsv(opportunitiesToCsv(first), preset);
    expect(again.records).toEqual(first);
    expect(again.errors).toEqual([]);
  });
});

describe('parseAmount', () => {
  it.each([
    ['1234.5', '.', 1234.5],
    ['1,234.50', '.', 1234.5],
    ["1'234.50", '.', 1234.5],
    ['1 234,50', ',', 1234.5],
    ['1\u00a0234', ',', 1234],
    ['1.234.567,8', ',', 1234567.8],
    ['-12', '.', -12]
  ] as const)('%j with %j is %d', (raw, decimal, value) => {
    expect(parseAmount(raw, decimal)).toEqual({ ok: true, value });
  });

  it.each([
    ['1.234,5', '.'],
    ['1,23', '.'],
    ['12,34.5', '.'],
    ['$100', '.'],
    ['', '.'],
    ['1e5', '.']
  ] as const)('refuses %j with %j', (raw, decimal) => {
    expect(parseAmount(raw, decimal)).toMatchObject({ ok: false });
  });
});
