/**
 * The Import data panel's mapping step on a CRM pipeline export of 100,000 rows (one row per deal,
 * snake_case headers, month-first dates, a stage column mixing outcomes and open stages), in Node as a
 * stand-in for the browser: reading the file into a table, detecting the mapping (with the value
 * census of every row), and the view recomputed after one choice (preview and skipped rows of the
 * first rows). The budget for the step is 2 s in the browser; the figures sum to `first_ms`.
 * Also the opportunities reader per row on the product's own layout, the import's per-row cost.
 *
 * Keys:
 *   mapping_step.rows                      data rows in the generated file
 *   mapping_step.read_table.median_ms      readCsvTable over the text, ms
 *   mapping_step.detect.median_ms          suggestOpportunityMapping (profiles, synonyms, census), ms
 *   mapping_step.view.median_ms            mappingStepView after one choice (per change), ms
 *   mapping_step.first_ms                  read + detect + view: the step's first answer, ms
 *   mapping_step.import_parse.rows_per_s   parseOpportunitiesCsv on 100,000 product-layout rows, rows/s
 */
import { OPPORTUNITY_CSV_PRESETS, parseOpportunitiesCsv, readCsvTable, suggestOpportunityMapping } from '../src/interchange';
import { initialMappingStep, mappingStepReducer, mappingStepView } from '../src/ui';
import { time, type BenchFigure, type BenchSuite } from './harness';

const ROWS = 100_000;
const STAGES = [
  { id: 'qualify', name: 'Qualify' },
  { id: 'validate', name: 'Validate' },
  { id: 'close', name: 'Close' }
];

function crmExport(): string {
  const values = ['Prospecting', 'Engaging', 'Won', 'Lost'];
  const lines = ['opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value,squad'];
  for (let i = 0; i < ROWS; i++) {
    const stage = values[i % 4];
    const date = `${1 + (i % 12)}/${1 + (i % 28)}/2024`;
    const closed = stage === 'Won' || stage === 'Lost';
    lines.push(`OPP-${i},Agent ${i % 35},GTX ${i % 7},Account ${i % 85},${stage},${date},${closed ? date.replace('2024', '2025') : ''},${stage === 'Won' ? 1000 + (i % 5000) : ''},Team ${i % 3}`);
  }
  return lines.join('\n');
}

function productExport(): string {
  const lines = ['Id,Name,Account,Owner,Team,Amount,Currency,Status,Created,Closed,Stage,StageEntered'];
  for (let i = 0; i < ROWS / 4; i++) {
    ['qualify', 'discover', 'validate', 'propose'].forEach((stage, j) => {
      lines.push(`O-${i},Deal ${i},Account ${i % 85},seller${i % 30}@contoso.com,East,${1000 + i}.50,EUR,won,2024-01-02,2024-03-01,${stage},2024-01-0${2 + j}T08:00:00Z`);
    });
  }
  return lines.join('\n');
}

export const suite: BenchSuite = {
  name: 'mapping_step',
  async run(): Promise<BenchFigure[]> {
    const text = crmExport();
    const table = readCsvTable(text);
    const suggestion = suggestOpportunityMapping(table, { stages: STAGES });
    const state = initialMappingStep('pipeline.csv', table, suggestion, STAGES);
    const read = await time(() => readCsvTable(text), { runs: 5, warmups: 1 });
    const detect = await time(() => suggestOpportunityMapping(table, { stages: STAGES }), { runs: 5, warmups: 1 });
    const view = await time(() => mappingStepView(mappingStepReducer(state, { type: 'stageValue', value: 'Prospecting', stageId: 'qualify' })), { runs: 5, warmups: 1 });
    const product = productExport();
    const preset = OPPORTUNITY_CSV_PRESETS[0];
    const parse = await time(() => parseOpportunitiesCsv(product, { mapping: preset.mapping, dateOrder: preset.dateOrder, decimalSeparator: preset.decimalSeparator }), { runs: 5, warmups: 1 });
    return [
      { key: 'mapping_step.rows', value: table.rows.length, unit: 'rows', label: 'data rows of the generated CRM export' },
      { key: 'mapping_step.read_table.median_ms', value: read.medianMs, unit: 'ms', label: 'readCsvTable (whole file)' },
      { key: 'mapping_step.detect.median_ms', value: detect.medianMs, unit: 'ms', label: 'detection with the value census of every row' },
      { key: 'mapping_step.view.median_ms', value: view.medianMs, unit: 'ms', label: 'view after one choice (preview of the first rows)' },
      { key: 'mapping_step.first_ms', value: read.medianMs + detect.medianMs + view.medianMs, unit: 'ms', label: 'the step\'s first answer (budget 2,000 ms in the browser)' },
      { key: 'mapping_step.import_parse.rows_per_s', value: Math.round(ROWS / (parse.medianMs / 1000)), unit: 'rows/s', label: 'opportunities reader, product layout, per row' }
    ];
  }
};
