import { interactionsToCsv, neutraliseFormula, opportunitiesToCsv, writeCsv } from '../../../src/interchange/csv/exportCsv';
import { parseInteractionsCsv } from '../../../src/interchange/csv/interactionsCsv';
import { INTERACTION_CSV_PRESETS } from '../../../src/interchange/csv/mapping';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-5 % discount', "'-5 % discount"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['a=1', 'a=1'],
    ['', '']
  ])('%j -> %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});

describe('writeCsv', () => {
  it('quotes per RFC 4180, ends lines with CRLF, prefixes formulas in text only, keeps numbers numeric', () => {
    const csv = writeCsv({
      columns: ['rule', 'detail', 'amount', 'ok'],
      rows: [
        { rule: 'missing', detail: 'said "no", then left', amount: -1200.5, ok: false },
        { rule: '=HYPERLINK("http://x")', detail: 'two\nlines', amount: 0 },
        { rule: '-2+3', detail: ' padded ', ok: true }
      ]
    });
    expect(csv).toBe(
      'rule,detail,amount,ok\r\n' +
        'missing,"said ""no"", then left",-1200.5,false\r\n' +
        '"\'=HYPERLINK(""http://x"")","two\nlines",0,\r\n' +
        "'-2+3,\" padded \",,true\r\n"
    );
  });

  it('writes a BOM on request and a header even without rows', () => {
    expect(writeCsv({ columns: ['a', 'b'], rows: [] }, { bom: true, delimiter: ';' })).toBe('\ufeffa;b\r\n');
  });
});

describe('interactionsToCsv', () => {
  it('round-trips through the ValueNetworks import preset', () => {
    const preset = INTERACTION_CSV_PRESETS[1];
    const original = parseInteractionsCsv('case,activity,at,who,channel\nO-1,"Demo, live",2024-01-01T10:00:00Z,=cmd,call\n', {
      mapping: { opportunityId: 'case', activity: 'activity', timestamp: 'at', fromParticipant: 'who', channel: 'channel' },
      dateOrder: 'iso'
    }).records;
    const csv = interactionsToCsv(original, { bom: true });
    expect(csv).toBe(
      '\ufeffOpportunityId,Timestamp,Activity,FromParticipant,ToParticipant,FromRole,ToRole,Channel,TransactionId,Source,SourceKey\r\n' +
        `O-1,2024-01-01T10:00:00.000Z,"Demo, live",'=cmd,,,,call,,csv,${original[0].sourceKey}\r\n`
    );
    const back = parseInteractionsCsv(csv, { mapping: preset.mapping, dateOrder: preset.dateOrder }).records;
    expect(back.map(({ sourceKey, ...rest }) => rest)).toEqual([
      { opportunityId: 'O-1', activity: 'Demo, live', timestamp: 1704103200000, fromParticipant: "'=cmd", channel: 'call', source: 'csv' }
    ]);
  });
});

describe('opportunitiesToCsv', () => {
  it('writes one row per stage entry and one row for an opportunity without history', () => {
    const csv = opportunitiesToCsv([
      {
        id: 'O-1',
        account: 'Fabrikam',
        owner: 'ann',
        amount: -0.5,
        currency: 'EUR',
        status: 'won',
        createdAt: 0,
        closedAt: 86400000,
        stageHistory: [
          { stageId: 'qualify', enteredAt: 0 },
          { stageId: 'propose', enteredAt: 3600000 }
        ]
      },
      { id: 'O-2', name: '+Big deal', account: 'Contoso', owner: 'bob', amount: 1000, status: 'open', createdAt: 0, stageHistory: [] }
    ]);
    expect(csv).toBe(
      'Id,Name,Account,Owner,Team,Amount,Currency,Status,Created,Closed,Stage,StageEntered\r\n' +
        'O-1,,Fabrikam,ann,,-0.5,EUR,won,1970-01-01T00:00:00.000Z,1970-01-02T00:00:00.000Z,qualify,1970-01-01T00:00:00.000Z\r\n' +
        'O-1,,Fabrikam,ann,,-0.5,EUR,won,1970-01-01T00:00:00.000Z,1970-01-02T00:00:00.000Z,propose,1970-01-01T01:00:00.000Z\r\n' +
        "O-2,'+Big deal,Contoso,bob,,1000,,open,1970-01-01T00:00:00.000Z,,,\r\n"
    );
  });
});
