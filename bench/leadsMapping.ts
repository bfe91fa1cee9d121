/**
 * The Leads panel's mapping step on a CRM leads export of 100,000 rows (snake_case headers, a
 * lead_status column mixing outcomes and open stages, "Select" for untouched drop-downs), in Node as a
 * stand-in for the browser: reading the file, detecting the mapping (with the outcome census of every
 * row), and the view after one choice (preview and skipped rows of the first 5,000 rows). The issue's
 * budget for a mapping step is 2 s in the browser; the figures sum to `first_ms`.
 *
 * Keys:
 *   leads_mapping.rows                   data rows in the generated file
 *   leads_mapping.read_table.median_ms   readCsvTable over the text, ms
 *   leads_mapping.detect.median_ms       suggestLeadMapping (profiles, synonyms, outcome census), ms
 *   leads_mapping.view.median_ms         leadMappingView after leaving a column out (per change), ms
 *   leads_mapping.first_ms               read + detect + view: the step's first answer, ms
 *   leads_mapping.read_rows.median_ms    readLeadRows over every row (what the import reads), ms
 */
import { readCsvTable, readLeadRows, suggestLeadMapping } from '../src/interchange';
import { initialLeadMapping, leadMappingReducer, leadMappingView } from '../src/ui';
import { time, type BenchFigure, type BenchSuite } from './harness';

const ROWS = 100_000;

function leadsExport(): string {
  const sources = ['Referral', 'Webinar', 'Cold call', 'Trade show', 'Select'];
  const statuses = ['Converted', 'Disqualified', 'Qualified', 'Open', 'Select', ''];
  const lines = ['lead_id,company,lead_source,industry,employees,contact_email,lead_status'];
  for (let i = 0; i < ROWS; i++) {
    lines.push(`LD-${i},Company ${i % 9000},${sources[i % 5]},Industry ${i % 8},${10 + (i % 977)},contact${i}@example.com,${statuses[(i * 7) % 6]}`);
  }
  return lines.join('\n');
}

export const suite: BenchSuite = {
  name: 'leads_mapping',
  async run(): Promise<BenchFigure[]> {
    const text = leadsExport();
    const table = readCsvTable(text);
    const suggestion = suggestLeadMapping(table);
    const state = initialLeadMapping('leads.csv', table, suggestion);
    const read = await time(() => readCsvTable(text), { runs: 5, warmups: 1 });
    const detect = await time(() => suggestLeadMapping(table), { runs: 5, warmups: 1 });
    const view = await time(() => leadMappingView(leadMappingReducer(state, { type: 'feature', column: 'contact_email', included: false })), { runs: 5, warmups: 1 });
    const rows = await time(() => readLeadRows(table, suggestion.mapping), { runs: 5, warmups: 1 });
    return [
      { key: 'leads_mapping.rows', value: table.rows.length, unit: 'rows', label: 'data rows of the generated leads export' },
      { key: 'leads_mapping.read_table.median_ms', value: read.medianMs, unit: 'ms', label: 'readCsvTable (whole file)' },
      { key: 'leads_mapping.detect.median_ms', value: detect.medianMs, unit: 'ms', label: 'detection with the outcome census of every row' },
      { key: 'leads_mapping.view.median_ms', value: view.medianMs, unit: 'ms', label: 'view after one choice (preview of the first rows)' },
      { key: 'leads_mapping.first_ms', value: read.medianMs + detect.medianMs + view.medianMs, unit: 'ms', label: "the step's first answer (budget 2,000 ms in the browser)" },
      { key: 'leads_mapping.read_rows.median_ms', value: rows.medianMs, unit: 'ms', label: 'every row read under the mapping, as the import reads them' }
    ];
  }
};
