import * as fs from 'fs';
import * as path from 'path';
import { readCsvTable } from '../../../../src/interchange/mapping/csvTable';
import { suggestOpportunityMapping } from '../../../../src/interchange/mapping/suggestOpportunityMapping';
import { initialMappingStep, mappingStepReducer, mappingStepView, type MappingStepAction, type MappingStepState } from '../../../../src/ui/dashboard/MappingStep/mappingStepModel';

const stages = [
  { id: 'discover', name: 'Discover' },
  { id: 'validate', name: 'Validate' },
  { id: 'close', name: 'Close' }
];
const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

function start(csv: string): MappingStepState {
  const table = readCsvTable(csv);
  return initialMappingStep('pipeline.csv', table, suggestOpportunityMapping(table, { stages }), stages);
}
const apply = (state: MappingStepState, ...actions: MappingStepAction[]): MappingStepState => actions.reduce(mappingStepReducer, state);
const pipeline = fs.readFileSync(path.resolve(__dirname, '../../../fixtures/interchange/crm/sales_pipeline.csv'), 'utf8');

describe('the mapping step for an opportunities file', () => {
  it('opens with the detected columns, their samples, and the stage values left to map', () => {
    const view = mappingStepView(start(pipeline));
    expect(view.fields.map((f) => [f.field, f.column ?? '-', f.source, f.samples[0] ?? '-', f.required, f.dateFormat ?? '-'])).toEqual([
      ['id', 'opportunity_id', 'name', 'K1Q7ZA2B', true, '-'],
      ['name', '-', 'none', '-', false, '-'],
      ['account', 'account', 'name', 'Brightwave', true, '-'],
      ['owner', 'sales_agent', 'name', 'Mira Feldhaus', true, '-'],
      ['team', '-', 'none', '-', false, '-'],
      ['amount', 'close_value', 'name', '1054', true, '-'],
      ['currency', '-', 'none', '-', false, '-'],
      ['status', 'deal_stage', 'content', 'Won', true, '-'],
      ['created', 'engage_date', 'name', '10/20/2016', false, 'month-first'],
      ['closed', 'close_date', 'name', '3/1/2017', false, 'month-first'],
      ['stage', 'deal_stage', 'name', 'Won', false, '-'],
      ['stageEntered', '-', 'none', '-', false, '-']
    ]);
    expect(view.stageRows).toEqual([
      { value: 'Engaging', rows: 2, stageId: undefined },
      { value: 'Won', rows: 2, stageId: '' },
      { value: 'Lost', rows: 1, stageId: '' },
      { value: 'Pending', rows: 1, stageId: undefined },
      { value: 'Prospecting', rows: 1, stageId: undefined }
    ]);
    expect(view.problems).toEqual([{ kind: 'stage-values', values: ['Engaging', 'Pending', 'Prospecting'] }]);
    expect(view.canImport).toBe(false);
  });

  it('imports once the values are mapped: the preview shows the deals as they will be stored, and the rows that will be skipped', () => {
    const state = apply(
      start(pipeline),
      { type: 'stageValue', value: 'Engaging', stageId: 'validate' },
      { type: 'stageValue', value: 'Prospecting', stageId: 'discover' },
      { type: 'stageValue', value: 'Won', stageId: 'close' },
      { type: 'stageValue', value: 'Pending', stageId: '' },
      // One correction: "Pending" is no open deal here but one waiting for a decision.
      { type: 'statusValue', value: 'Pending', status: 'no-decision' },
      { type: 'default', field: 'account', value: ' (no account yet) ' }
    );
    const view = mappingStepView(state, 2);
    expect(view.problems).toEqual([]);
    expect(view.canImport).toBe(true);
    expect(view.preview).toEqual([
      { id: 'K1Q7ZA2B', account: 'Brightwave', owner: 'Mira Feldhaus', amount: 1054, status: 'won', createdAt: day(2016, 10, 20), closedAt: day(2017, 3, 1), stageHistory: [{ stageId: 'close', enteredAt: day(2016, 10, 20) }] },
      { id: 'P3W8XC0D', account: 'Lumenfold', owner: 'Tobin Archer', amount: 4514, status: 'won', createdAt: day(2016, 10, 25), closedAt: day(2017, 3, 13), stageHistory: [{ stageId: 'close', enteredAt: day(2016, 10, 25) }] }
    ]);
    expect(view.result?.records.map((r) => [r.id, r.account, r.status, r.amount])).toEqual([
      ['K1Q7ZA2B', 'Brightwave', 'won', 1054],
      ['P3W8XC0D', 'Lumenfold', 'won', 4514],
      ['R5E2VB7F', 'Brightwave', 'lost', 0],
      ['T9Y4NM1H', 'Quillmark', 'open', 0],
      ['U2I6LK3J', '(no account yet)', 'open', 0],
      ['X4A9GF6N', 'Lumenfold', 'no-decision', 0]
    ]);
    expect(view.result?.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [6, 'engage_date', 'is empty and the row has no other date: map the column with the created date, or give the mapping a default']
    ]);
    expect(state.mapping).toEqual({
      kind: 'opportunities',
      columns: { id: 'opportunity_id', account: 'account', owner: 'sales_agent', amount: 'close_value', status: 'deal_stage', created: 'engage_date', closed: 'close_date', stage: 'deal_stage' },
      dateFormats: { created: 'month-first', closed: 'month-first' },
      decimalSeparator: '.',
      values: {
        status: { Engaging: 'open', Won: 'won', Lost: 'lost', Pending: 'no-decision', Prospecting: 'open' },
        stage: { Won: 'close', Lost: '', Engaging: 'validate', Prospecting: 'discover', Pending: '' }
      },
      defaults: { amount: '0', account: '(no account yet)' }
    });
  });

  it('names a required field left without a column, and reads nothing until it has one', () => {
    const view = mappingStepView(apply(start(pipeline), { type: 'column', field: 'owner', column: undefined }));
    expect(view.problems[0]).toEqual({ kind: 'unmapped-field', field: 'owner' });
    expect(view.fields[3]).toEqual({ field: 'owner', column: undefined, source: 'none', samples: [], required: true, defaultValue: '' });
    expect(view.result).toBeUndefined();
    expect(view.canImport).toBe(false);
  });

  it('counts the values of a new status column and keeps stage values apart from it', () => {
    const csv = 'Id,Account,Owner,Amount,Stand,Phase,Created\nA,F,ann,1,Gewonnen,Angebot,2024-01-01\nB,F,ann,1,Offen,Angebot,2024-01-02\nC,F,ann,1,Vertagt,Abschluss,2024-01-03\n';
    const first = start(csv);
    expect(first.mapping.columns.status).toBeUndefined();
    const state = apply(first, { type: 'column', field: 'status', column: 'Stand' });
    expect(state.sources.status).toBe('user');
    const view = mappingStepView(state);
    expect(view.statusRows).toEqual([
      { value: 'Gewonnen', rows: 1, status: 'won' },
      { value: 'Offen', rows: 1, status: 'open' },
      { value: 'Vertagt', rows: 1, status: undefined }
    ]);
    expect(view.problems).toEqual([
      { kind: 'status-values', values: ['Vertagt'] },
      { kind: 'stage-values', values: ['Angebot', 'Abschluss'] }
    ]);
  });

  it('asks for the date order of a column whose dates fit both, until the user answers', () => {
    const csv = 'Id,Account,Owner,Amount,Status,Created\nA,F,ann,1,won,03/04/2024\nB,F,bob,2,lost,05/06/2024\n';
    const asked = mappingStepView(start(csv));
    expect(asked.problems).toEqual([{ kind: 'date-format', field: 'created', column: 'Created', example: '03/04/2024' }]);
    const answered = mappingStepView(apply(start(csv), { type: 'dateFormat', field: 'created', format: 'day-first' }));
    expect(answered.problems).toEqual([]);
    expect(answered.preview.map((o) => o.createdAt)).toEqual([day(2024, 4, 3), day(2024, 6, 5)]);
  });

  it('reads only the first rows of a large file on each change, and says so', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `D${i},F,ann,1,${i === 11 ? 'bad' : 'won'},2024-01-01`);
    const view = mappingStepView(start(['Id,Account,Owner,Amount,Status,Created', ...rows].join('\n')), 2, 10);
    expect([view.checkedRows, view.totalRows, view.result?.accepted, view.result?.rejected, view.preview.map((o) => o.id)]).toEqual([10, 12, 10, 0, ['D0', 'D1']]);
  });
});
