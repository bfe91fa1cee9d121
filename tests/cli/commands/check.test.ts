import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const fixtures = 'tests/fixtures/cli';

/** Runs the real command line in a child process, from the repository root. */
function valuenetworks(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dealColumns = ['--case-column', 'deal', '--activity-column', 'step', '--timestamp-column', 'when'];

jest.setTimeout(60_000);

describe('valuenetworks check', () => {
  it('prints a table per case for a blueprint model, with closed cases from a file', () => {
    const run = valuenetworks('check', '--model', `${fixtures}/blueprint.json`, '--log', `${fixtures}/deals.csv`, ...dealColumns, '--closed', `${fixtures}/closed.txt`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n').map((line) => line.split(/\s{2,}/));
    expect(lines).toEqual([
      ['case', 'fitness', 'satisfied', 'violated', 'pending'],
      [
        'D1',
        '1.0000',
        'required:t1,required:t3,precededBy:t1:t3,required:t4,due:t4,required:t5,precededBy:t4:t5,due:t5,required:t6,precededBy:t5:t6,stageOrder:discover:validate,stageOrder:validate:close',
        '-',
        '-'
      ],
      [
        'D2',
        '0.8000',
        'required:t1,precededBy:t1:t3,required:t4,due:t4,required:t5,precededBy:t5:t6,stageOrder:discover:validate,stageOrder:validate:close',
        'precededBy:t4:t5',
        'required:t3,due:t5,required:t6'
      ],
      ['']
    ]);
  });

  it('prints JSON and lets --now pass a deadline of an open case', () => {
    const run = valuenetworks('check', '--model', `${fixtures}/blueprint.json`, '--log', `${fixtures}/deals.csv`, ...dealColumns, '--closed', 'none', '--now', '2024-02-20T00:00:00Z', '--format', 'json');
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { caseId: string; fitness: number; violated: string[]; pending: string[] }[];
    expect(rows.map(({ caseId, fitness, violated, pending }) => ({ caseId, fitness, violated, pending }))).toEqual([
      { caseId: 'D1', fitness: 1, violated: [], pending: [] },
      // due:t5 (proposal within 7 days after the business case of 3 February) is now overdue: 4 of 6 binding.
      { caseId: 'D2', fitness: 0.6667, violated: ['precededBy:t4:t5', 'due:t5'], pending: ['required:t3', 'required:t6'] }
    ]);
  });

  it('adds the stage history from --opportunities: due rules from stage entry apply, status decides closed, silent deals are checked', () => {
    const run = valuenetworks(
      'check', '--model', `${fixtures}/blueprint.json`, '--log', `${fixtures}/deals.csv`, ...dealColumns,
      '--opportunities', `${fixtures}/opportunities.csv`, '--now', '2024-02-05T00:00:00Z', '--format', 'json'
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { caseId: string; fitness: number; violated: string[]; pending: string[] }[];
    expect(rows.map((r) => [r.caseId, r.fitness, r.violated, r.pending])).toEqual([
      // Won, so closed; t4 came 7 days after entering validate (due within 14).
      ['D1', 1, [], []],
      // Open; t4 came 19 days after entering validate on 2024-01-15, so due:t4 is now violated.
      ['D2', 0.6667, ['due:t4', 'precededBy:t4:t5'], ['required:t3', 'due:t5', 'required:t6']],
      // Lost with no event in the log: every required exchange is missing.
      ['D3', 0, ['required:t1', 'required:t3', 'required:t4', 'required:t5', 'required:t6'], []]
    ]);
  });

  it('warns about log cases the opportunities file does not know, and checks them as open', () => {
    const run = valuenetworks('check', '--model', `${fixtures}/blueprint.json`, '--log', `${fixtures}/deals.csv`, ...dealColumns, '--opportunities', `${fixtures}/opportunities-d1.csv`, '--format', 'json');
    expect(run.stderr).toBe('warning: 1 case of the log is not in the opportunities file: checked without stage history, and as open unless --closed says otherwise.\n');
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { caseId: string; pending: string[] }[];
    expect(rows.map((r) => [r.caseId, r.pending])).toEqual([
      ['D1', []],
      ['D2', ['required:t3', 'due:t5', 'required:t6']]
    ]);
  });

  it('exits 1 with every problem of an invalid constraint set', () => {
    const run = valuenetworks('check', '--model', `${fixtures}/bad-constraints.json`, '--log', `${fixtures}/deals.csv`, ...dealColumns);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'error: the model has 3 problems:',
        '  /constraints/0/template: "respons" is not a supported template (e.g. response, precedence, existence).',
        '  /constraints/1/id: The id "c1" is already used by /constraints/0.',
        '  /constraints/1/n: n must be a whole number of at least 1.',
        ''
      ].join('\n')
    );
  });

  it('exits 1 when the log cannot be read', () => {
    const run = valuenetworks('check', '--model', `${fixtures}/blueprint.json`, '--log', `${fixtures}/absent.csv`);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`error: Cannot read the log file "${fixtures}/absent.csv": ENOENT.\n`);
  });

  it('never echoes a binary model file, and names an empty log', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vn-check-'));
    try {
      writeFileSync(path.join(dir, 'model.json'), Buffer.from([0x7b, 0x0a, 0x00, 0x01, 0xff, 0xfe, 0x22]));
      writeFileSync(path.join(dir, 'empty.xes'), '');
      const binary = valuenetworks('check', '--model', path.join(dir, 'model.json'), '--log', `${fixtures}/deals.csv`, ...dealColumns);
      expect([binary.status, binary.stderr]).toEqual([1, `error: The model file "${path.join(dir, 'model.json')}" is not JSON: Line 2, column 1: The file holds binary data (U+0000), not JSON text: it is not valid JSON.\n`]);
      const empty = valuenetworks('check', '--model', `${fixtures}/blueprint.json`, '--log', path.join(dir, 'empty.xes'));
      expect([empty.status, empty.stderr]).toEqual([1, 'error: The file is empty: an XES log is an XML document with a <log> root element.\n']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with the usage for a missing option or a bad format', () => {
    const missing = valuenetworks('check', '--log', `${fixtures}/deals.csv`);
    expect(missing.status).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('error: check needs --model.');
    const badFormat = valuenetworks('check', '--model', 'm.json', '--log', 'l.csv', '--format', 'xml');
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr.split('\n')[0]).toBe('error: --format must be one of table, json, not "xml".');
    const statusWithoutOpportunities = valuenetworks('check', '--model', `${fixtures}/blueprint.json`, '--log', `${fixtures}/deals.csv`, '--closed', 'status');
    expect(statusWithoutOpportunities.status).toBe(2);
    expect(statusWithoutOpportunities.stderr.split('\n')[0]).toBe("error: --closed status needs --opportunities <file.csv>, where each case's status is read.");
  });
});

describe('valuenetworks check with a CRM export in its own layout', () => {
  const crm = `${fixtures}/crm`;
  const base = ['check', '--model', `${fixtures}/blueprint.json`, '--log', `${fixtures}/deals.csv`, ...dealColumns, '--now', '2024-02-05T00:00:00Z'];

  it('reads it through --mapping: month-first dates beside an ISO log, value maps, defaults and the team file', () => {
    const run = valuenetworks(...base, '--opportunities', `${crm}/pipeline.csv`, '--mapping', `${crm}/pipeline.mapping.json`, '--format', 'json');
    expect(run.stderr).toBe(
      [
        'warning: skipped: Row 4 (line 5), column "deal_stage": "Qualified" has no status in the mapping; map it to one of open, won, lost, no-decision',
        'warning: skipped: Row 4 (line 5), column "deal_stage": "Qualified" has no blueprint stage in the mapping; map it to a stage, or to "no stage"',
        ''
      ].join('\n')
    );
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { caseId: string; fitness: number; violated: string[] }[];
    expect(rows.map((r) => [r.caseId, r.fitness, r.violated.join()])).toEqual([
      ['D1', 1, ''],
      ['D2', 0.6667, 'due:t4,precededBy:t4:t5'],
      ['D3', 1, '']
    ]);
  });

  it('takes --opportunities-date-order for the opportunities file only', () => {
    const run = valuenetworks(...base, '--opportunities', `${crm}/pipeline.csv`, '--mapping', `${crm}/pipeline.mapping.json`, '--opportunities-date-order', 'day-first', '--format', 'json');
    expect(run.status).toBe(0);
    // The log's ISO dates still read; the CRM file's month-first dates are now read day-first and refused.
    expect(run.stderr).toBe(
      [
        'warning: skipped: Row 1 (line 2), column "close_date": "1/20/2024" has no month 20; expected a day-first date such as 31/12/2024 or 31.12.2024 14:30',
        'warning: skipped: Row 4 (line 5), column "deal_stage": "Qualified" has no status in the mapping; map it to one of open, won, lost, no-decision',
        'warning: skipped: Row 4 (line 5), column "engage_date": "1/13/2024" has no month 13; expected a day-first date such as 31/12/2024 or 31.12.2024 14:30',
        'warning: skipped: Row 4 (line 5), column "deal_stage": "Qualified" has no blueprint stage in the mapping; map it to a stage, or to "no stage"',
        'warning: 1 case of the log is not in the opportunities file: checked without stage history, and as open unless --closed says otherwise.',
        ''
      ].join('\n')
    );
  });

  it('prints the detected mapping with --suggest-mapping and lists what is left to decide', () => {
    const run = valuenetworks('check', '--opportunities', `${crm}/pipeline.csv`, '--suggest-mapping', '--model', `${fixtures}/blueprint.json`);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      kind: 'opportunities',
      columns: { id: 'opportunity_id', account: 'account', owner: 'sales_agent', amount: 'close_value', status: 'deal_stage', created: 'engage_date', closed: 'close_date', stage: 'deal_stage' },
      dateFormats: { created: 'month-first', closed: 'month-first' },
      decimalSeparator: '.',
      values: { status: { Engaging: 'open', Prospecting: 'open', Qualified: 'open', Won: 'won' }, stage: { Won: '' } },
      defaults: { amount: '0' }
    });
    expect(run.stderr).toBe('to decide: /values/stage: map "Engaging", "Prospecting", "Qualified" to a blueprint stage id (discover, validate, close), or to "" for no stage\n');
  });

  it('refuses a mapping saved for other headers, naming each column and field', () => {
    const run = valuenetworks(...base, '--opportunities', `${fixtures}/opportunities.csv`, '--mapping', `${crm}/pipeline.mapping.json`);
    expect(run.status).toBe(1);
    const has = '"Id", "Name", "Account", "Owner", "Team", "Amount", "Currency", "Status", "Created", "Closed", "Stage", "StageEntered"';
    expect(run.stderr).toBe(
      [
        `error: The mapping does not fit the opportunities file "${fixtures}/opportunities.csv":`,
        `  /columns/id: the file has no column "opportunity_id" for id; pick one of its columns: ${has}`,
        `  /columns/owner: the file has no column "sales_agent" for owner; pick one of its columns: ${has}`,
        `  /columns/amount: the file has no column "close_value" for amount; pick one of its columns: ${has}`,
        `  /columns/status: the file has no column "deal_stage" for status; pick one of its columns: ${has}`,
        `  /columns/created: the file has no column "engage_date" for created; pick one of its columns: ${has}`,
        `  /columns/closed: the file has no column "close_date" for closed; pick one of its columns: ${has}`,
        `  /columns/stage: the file has no column "deal_stage" for stage; pick one of its columns: ${has}`,
        ''
      ].join('\n')
    );
  });

  it('exits 2 when --mapping comes without --opportunities, or --suggest-mapping without a file', () => {
    const mappingAlone = valuenetworks(...base, '--mapping', `${crm}/pipeline.mapping.json`);
    expect(mappingAlone.status).toBe(2);
    expect(mappingAlone.stderr.split('\n')[0]).toBe('error: --mapping applies to the opportunities file: add --opportunities <file.csv>.');
    const suggestAlone = valuenetworks('check', '--suggest-mapping');
    expect(suggestAlone.status).toBe(2);
    expect(suggestAlone.stderr.split('\n')[0]).toBe('error: --suggest-mapping needs --opportunities <file.csv>, the file whose columns it detects.');
  });
});
