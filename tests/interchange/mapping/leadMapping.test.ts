import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileMappingError } from '../../../src/interchange/errors';
import { readCsvTable } from '../../../src/interchange/mapping/csvTable';
import { checkLeadMapping, leadFeatureColumns, readLeadMapping, readLeadRows, suggestLeadMapping, suggestLeadOutcome } from '../../../src/interchange/mapping/leadMapping';

const leadsFile = readFileSync(join(__dirname, '../../fixtures/e2e/crm-leads.csv'), 'utf8');

describe('leads file mapping', () => {
  it('matches a CRM leads export by its own headers, with samples, and maps its status values by what they say', () => {
    const suggestion = suggestLeadMapping(readCsvTable(leadsFile));
    expect(suggestion.mapping).toEqual({
      kind: 'leads',
      columns: { id: 'lead_id', name: 'company', outcome: 'lead_status' },
      values: { outcome: { Disqualified: 'not-converted', Converted: 'converted', Qualified: 'open', Open: 'open' } }
    });
    expect(suggestion.matches.map((m) => [m.field, m.column, m.samples[0]])).toEqual([
      ['id', 'lead_id', 'LD-1000'],
      ['name', 'company', 'Contoso GmbH 00'],
      ['outcome', 'lead_status', 'Converted']
    ]);
    // "Select" is a missing value (an open lead), not a value to map.
    expect(suggestion.outcomeValues).toEqual([{ value: 'Disqualified', rows: 35 }, { value: 'Converted', rows: 29 }, { value: 'Qualified', rows: 8 }, { value: 'Open', rows: 4 }]);
  });

  it('matches German headers (Lead-ID, Firma, Status) and German outcome words', () => {
    const table = readCsvTable('Lead-ID;Firma;Quelle;Status\nA-1;Contoso;Messe;Konvertiert\nA-2;Fabrikam;Web;Disqualifiziert\nA-3;Northwind;Web;Neu\nA-4;Litware;Messe;vielleicht\n');
    const suggestion = suggestLeadMapping(table);
    expect(suggestion.mapping).toEqual({
      kind: 'leads',
      columns: { id: 'Lead-ID', name: 'Firma', outcome: 'Status' },
      values: { outcome: { Konvertiert: 'converted', Disqualifiziert: 'not-converted', Neu: 'open' } }
    });
    expect(['Won', 'nicht konvertiert', 'Select', 'maybe'].map(suggestLeadOutcome)).toEqual(['converted', 'not-converted', 'open', undefined]);
  });

  it('reads every row, skips rows with a bad value naming row, line, column and fix, and keeps the rest', () => {
    const table = readCsvTable(
      ['lead_id,company,lead_source,contact_email,lead_status', 'L-1,Contoso,Webinar,a@x.example,Converted', ',Fabrikam,Webinar,b@x.example,Open', 'L-3,Northwind,Select,c@x.example,Maybe', 'L-4,,Referral,d@x.example,', 'L-1,Contoso,Referral,a@x.example,Converted', 'L-1,Contoso,Webinar,a@x.example,Converted'].join('\n')
    );
    const mapping = { kind: 'leads' as const, columns: { id: 'lead_id', name: 'company', outcome: 'lead_status' }, values: { outcome: { Converted: 'converted' as const, Open: 'open' as const } }, leaveOut: ['contact_email'] };
    const result = readLeadRows(table, mapping);
    expect(result.features).toEqual(['lead_source']);
    expect(result.leads.map((l) => [l.id, l.name, l.outcome, l.features, l.row])).toEqual([
      ['L-1', 'Contoso', 'converted', { lead_source: 'Webinar' }, 1],
      ['L-4', 'L-4', 'open', { lead_source: 'Referral' }, 4]
    ]);
    expect(result.skipped.map((s) => s.message)).toEqual([
      'Row 2 (line 3), column "lead_id": the lead id is empty; every lead needs an id to be found again on the next import: fill it in or remove the row',
      'Row 3 (line 4), column "lead_status": "Maybe" is mapped to no outcome; map it to converted, not converted or open in the outcome value table',
      'Row 5 (line 6), column "lead_id": lead id "L-1" is also on row 1 with other values; keep one of the two rows'
    ]);
    expect(leadFeatureColumns({ kind: 'leads', columns: { id: 'lead_id', outcome: 'lead_status' } }, table.header)).toEqual(['company', 'lead_source', 'contact_email']);
  });

  it('reads the mapping JSON, refusing unknown fields and outcomes, and names what a file lacks', () => {
    expect(readLeadMapping({ kind: 'leads', columns: { id: 'lead_id', outcome: 'lead_status' }, values: { outcome: { Won: 'converted' } }, leaveOut: ['notes'] })).toEqual({
      kind: 'leads',
      columns: { id: 'lead_id', outcome: 'lead_status' },
      values: { outcome: { Won: 'converted' } },
      leaveOut: ['notes']
    });
    let error: unknown;
    try {
      readLeadMapping({ kind: 'opportunities', columns: { lead: 'x' }, values: { outcome: { Won: 'won' } } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileMappingError);
    expect((error as FileMappingError).problems.map((p) => p.message)).toEqual([
      'the mapping is for "opportunities" files, not "leads"',
      '"lead" is not a field; use one of id, name, outcome',
      '"Won" maps to "won"; use one of converted, not-converted, open'
    ]);
    expect(checkLeadMapping({ kind: 'leads', columns: { id: 'Lead ID' } }, ['lead_id', 'lead_status']).map((p) => p.message)).toEqual([
      'the file has no column "Lead ID" for id; pick one of its columns: "lead_id", "lead_status"',
      'outcome is needed to learn from converted and not converted leads and to score the open ones: pick the column that holds it'
    ]);
  });
});
