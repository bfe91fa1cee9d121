import * as fs from 'fs';
import * as path from 'path';
import { CsvMappingError, CsvRowError } from '../../../src/interchange';
import { parseInteractionsCsv } from '../../../src/interchange/csv/interactionsCsv';
import { INTERACTION_CSV_PRESETS } from '../../../src/interchange/csv/mapping';

const fixtures = path.resolve(__dirname, '../../fixtures/interchange');
const read = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8');

const dayFirstOptions = {
  mapping: { opportunityId: 'Deal', activity: 'Step', timestamp: 'When', fromParticipant: 'Who', channel: 'Channel' },
  dateOrder: 'day-first' as const
};
const tabOptions = {
  mapping: {
    opportunityId: 'case',
    activity: 'activity',
    timestamp: 'at',
    fromParticipant: 'from',
    toParticipant: 'to',
    fromRole: 'from role',
    toRole: 'to role'
  },
  dateOrder: 'iso' as const,
  source: 'crm'
};

function withoutKeys<T extends { sourceKey: string }>(records: readonly T[]): Omit<T, 'sourceKey'>[] {
  return records.map(({ sourceKey, ...rest }) => rest);
}

describe('parseInteractionsCsv', () => {
  it('reads a semicolon file with BOM, CRLF, a quoted newline and trailing delimiters (day-first dates)', () => {
    const result = parseInteractionsCsv(read('interactions-daytime-semicolon.csv'), dayFirstOptions);
    expect(withoutKeys(result.records)).toEqual([
      // 2024-12-30T14:32:00Z: no zone means UTC
      { opportunityId: 'D-1', activity: 'Discovery call', timestamp: 1735569120000, fromParticipant: 'Ann', channel: 'meeting', source: 'csv' },
      // the line break inside the quoted activity becomes one space
      { opportunityId: 'D-1', activity: 'Business case', timestamp: 1735776000000, fromParticipant: 'Bob', channel: 'mail', source: 'csv' },
      // 09:00+01:00 = 08:00Z; markup is kept as plain text
      { opportunityId: 'D-2', activity: 'Demo', timestamp: 1735632000000, fromParticipant: '<script>alert(1)</script>', channel: 'call', source: 'csv' }
    ]);
    expect(result.accepted).toBe(3);
    expect(result.rejected).toBe(3);
    expect(result.errors.map((e) => [e.row, e.line, e.column, e.reason])).toEqual([
      [4, 6, 'Deal', 'is empty: every row needs the opportunity (case) it belongs to'],
      // line 7 is blank, so the fifth data row sits on line 8
      [5, 8, 'When', '"12/31/2024" has no month 31; expected a day-first date such as 31/12/2024 or 31.12.2024 14:30'],
      [6, 9, 'Channel', '"fax" is not a channel; use one of meeting, mail, call, task, document, workflow, other']
    ]);
    expect(result.errors[0]).toBeInstanceOf(CsvRowError);
    expect(result.errors[0].message).toBe('Row 4 (line 6), column "Deal": is empty: every row needs the opportunity (case) it belongs to');
  });

  it('reads a tab-separated file with ISO dates, offsets, microseconds and surplus empty fields', () => {
    const result = parseInteractionsCsv(read('interactions-iso-tab.tsv'), tabOptions);
    expect(withoutKeys(result.records)).toEqual([
      {
        opportunityId: 'A',
        activity: 'Discovery call',
        timestamp: 1709283600000,
        fromParticipant: 'ann@contoso.com',
        toParticipant: 'cfo@fabrikam.com',
        fromRole: 'AE',
        toRole: 'Economic buyer',
        source: 'crm'
      },
      {
        opportunityId: 'A',
        activity: 'Discovery call',
        timestamp: 1709283600000,
        fromParticipant: 'ann@contoso.com',
        toParticipant: 'cfo@fabrikam.com',
        fromRole: 'AE',
        toRole: 'Economic buyer',
        source: 'crm'
      },
      // 10:30:00.123456+02:00 = 08:30:00.123Z (microseconds truncated)
      { opportunityId: 'A', activity: 'Business case', timestamp: 1709281800123, fromParticipant: 'ann@contoso.com', source: 'crm' },
      {
        opportunityId: 'B',
        activity: 'ROI model',
        timestamp: 1709337600000,
        fromParticipant: 'bob@contoso.com',
        toParticipant: 'it@fabrikam.com',
        fromRole: 'SE',
        toRole: 'Technical evaluator',
        source: 'crm'
      }
    ]);
    expect(result.errors).toEqual([]);
  });

  it('gives stable source keys: identical rows stay two records, re-import gives the same keys', () => {
    const text = read('interactions-iso-tab.tsv');
    const first = parseInteractionsCsv(text, tabOptions).records.map((r) => r.sourceKey);
    const again = parseInteractionsCsv(text, tabOptions).records.map((r) => r.sourceKey);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(4);
    expect(first.every((k) => /^[0-9a-f]{28}$/.test(k))).toBe(true);
    // Same content written differently (another delimiter, another date format) keeps its key.
    const rewritten = 'case,activity,at\r\nB,ROI model,2024-03-02T00:00:00.000Z\r\n';
    const other = parseInteractionsCsv(rewritten, { mapping: { opportunityId: 'case', activity: 'activity', timestamp: 'at' }, dateOrder: 'iso', source: 'crm' });
    const plain = parseInteractionsCsv('case;activity;at\nB;ROI model;2024-03-02\n', { mapping: { opportunityId: 'case', activity: 'activity', timestamp: 'at' }, dateOrder: 'iso', source: 'crm' });
    expect(other.records[0].sourceKey).toBe(plain.records[0].sourceKey);
    // ... but a different source gives a different key.
    const elsewhere = parseInteractionsCsv(rewritten, { mapping: { opportunityId: 'case', activity: 'activity', timestamp: 'at' }, dateOrder: 'iso', source: 'erp' });
    expect(elsewhere.records[0].sourceKey).not.toBe(other.records[0].sourceKey);
  });

  it('lists every missing column and the available headers in one error', () => {
    expect(() => parseInteractionsCsv(read('interactions-iso-tab.tsv'), { ...tabOptions, mapping: { ...tabOptions.mapping, opportunityId: 'Deal', channel: 'Medium' } })).toThrow(
      new CsvMappingError(['Deal', 'Medium'], ['case', 'activity', 'at', 'from', 'to', 'from role', 'to role'])
    );
    try {
      parseInteractionsCsv('a,b\n1,2\n', { mapping: { opportunityId: 'x', activity: 'a', timestamp: 'b' }, dateOrder: 'iso' });
    } catch (error) {
      expect((error as Error).message).toBe('The file has no column "x". Pick from the columns it has: "a", "b".');
    }
  });

  it('matches headers ignoring case when exactly one header fits', () => {
    const result = parseInteractionsCsv('CASE,Activity,AT\nA,x,2024-01-01\n', { mapping: { opportunityId: 'case', activity: 'activity', timestamp: 'at' }, dateOrder: 'iso' });
    expect(withoutKeys(result.records)).toEqual([{ opportunityId: 'A', activity: 'x', timestamp: 1704067200000, source: 'csv' }]);
  });

  it('reports progress every 5,000 rows and at the end', () => {
    const lines = ['case,activity,at'];
    for (let i = 0; i < 12000; i++) lines.push(`C${i % 7},a${i % 3},2024-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`);
    const seen: number[] = [];
    const result = parseInteractionsCsv(lines.join('\n'), {
      mapping: { opportunityId: 'case', activity: 'activity', timestamp: 'at' },
      dateOrder: 'iso',
      onProgress: (p) => seen.push(p.rows)
    });
    expect(seen).toEqual([5000, 10000, 12000]);
    expect(result.accepted).toBe(12000);
    expect(new Set(result.records.map((r) => r.sourceKey)).size).toBe(12000);
  });

  it('reads the ValueNetworks export preset columns', () => {
    const preset = INTERACTION_CSV_PRESETS.find((p) => p.name === 'ValueNetworks interactions export');
    const text = 'OpportunityId,Timestamp,Activity,FromParticipant,ToParticipant,FromRole,ToRole,Channel,TransactionId,Source,SourceKey\r\nO-1,2024-01-01T00:00:00.000Z,Demo,Ann,Bob,AE,CTO,Meeting,,csv,k\r\n';
    const result = parseInteractionsCsv(text, { mapping: preset!.mapping, dateOrder: preset!.dateOrder });
    expect(withoutKeys(result.records)).toEqual([
      { opportunityId: 'O-1', activity: 'Demo', timestamp: 1704067200000, fromParticipant: 'Ann', toParticipant: 'Bob', fromRole: 'AE', toRole: 'CTO', channel: 'meeting', source: 'csv' }
    ]);
  });
});
