import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvTable } from '../../../src/interchange/mapping/csvTable';
import { suggestLeadMapping } from '../../../src/interchange/mapping/leadMapping';
import { initialLeadMapping, leadMappingReducer, leadMappingView } from '../../../src/ui/decisions/LeadMappingStep/leadMappingModel';

const leadsFile = readFileSync(join(__dirname, '../../fixtures/e2e/crm-leads.csv'), 'utf8');

describe('the leads mapping step', () => {
  const table = readCsvTable(leadsFile);
  const start = initialLeadMapping('crm-leads.csv', table, suggestLeadMapping(table));

  it('shows each match with its samples, the outcome values with row counts, the open rows and every other column as a feature', () => {
    const view = leadMappingView(start);
    expect(view.fields.map((f) => [f.field, f.column, f.source, f.samples.join(' | '), f.required])).toEqual([
      ['id', 'lead_id', 'name', 'LD-1000 | LD-1001 | LD-1002', true],
      ['name', 'company', 'name', 'Contoso GmbH 00 | Fabrikam Ltd 01 | Northwind Inc 02', false],
      ['outcome', 'lead_status', 'name', 'Converted | Disqualified | Qualified', true]
    ]);
    expect(view.outcomeRows.map((r) => [r.value, r.rows, r.outcome])).toEqual([['Disqualified', 35, 'not-converted'], ['Converted', 29, 'converted'], ['Qualified', 8, 'open'], ['Open', 4, 'open']]);
    expect(view.missingOutcomes).toBe(4);
    expect(view.features.map((f) => [f.column, f.included])).toEqual([['lead_source', true], ['industry', true], ['employees', true], ['contact_email', true]]);
    expect([view.problems, view.canImport, view.result?.leads.length, view.preview.map((l) => l.id)]).toEqual([[], true, 80, ['LD-1000', 'LD-1001', 'LD-1002', 'LD-1003', 'LD-1004']]);
  });

  it('leaves a column out of the features, unmaps an outcome value (named to decide) and re-counts values for another outcome column', () => {
    let state = leadMappingReducer(start, { type: 'feature', column: 'contact_email', included: false });
    expect(state.mapping.leaveOut).toEqual(['contact_email']);
    expect(leadMappingView(state).preview[0].features).toEqual({ lead_source: 'Referral', industry: 'Manufacturing', employees: '40' });
    state = leadMappingReducer(state, { type: 'outcomeValue', value: 'Qualified', outcome: undefined });
    expect([leadMappingView(state).problems, leadMappingView(state).canImport]).toEqual([[{ kind: 'outcome-values', values: ['Qualified'] }], false]);
    state = leadMappingReducer(state, { type: 'column', field: 'outcome', column: 'industry' });
    const view = leadMappingView(state);
    expect([view.fields[2].source, view.outcomeRows.map((r) => [r.value, r.rows, r.outcome])]).toEqual(['user', [['Logistics', 20, undefined], ['Manufacturing', 20, undefined], ['Retail', 20, undefined], ['Software', 20, undefined]]]);
    state = leadMappingReducer(state, { type: 'column', field: 'id', column: undefined });
    expect(leadMappingView(state).problems[0]).toEqual({ kind: 'unmapped-field', field: 'id' });
    expect(leadMappingView(state).result).toBeUndefined();
  });
});
