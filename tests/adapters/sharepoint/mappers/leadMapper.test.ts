import { isLeadModelItem, itemToLead, leadScoreToItem, leadToItem } from '../../../../src/adapters/sharepoint/mappers/leadMapper';
import { StoredDataError } from '../../../../src/adapters/sharepoint/spErrors';

const T = Date.UTC(2026, 11, 4, 9, 30, 0);

describe('lead mapper', () => {
  it('writes a lead\'s own columns (never its score) and reads it back with its latest score', () => {
    const lead = { id: 'LD-1', name: 'Contoso GmbH', outcome: 'open' as const, features: { lead_source: 'Webinar', employees: '120' } };
    const body = leadToItem(lead, T);
    expect(body).toEqual({ Title: 'Contoso GmbH', VNLeadId: 'LD-1', VNLeadOutcome: 'open', VNLeadFeatures: '{"lead_source":"Webinar","employees":"120"}', VNLeadImportedAt: '2026-12-04T09:30:00.000Z' });
    const scored = { score: 81, grade: 'A' as const, reasons: ['lead_source is Webinar (+12.0)'], modelId: 'lead-1', scoredAt: T };
    expect(leadScoreToItem(scored)).toEqual({ VNLeadScore: 81, VNLeadGrade: 'A', VNLeadReasons: '["lead_source is Webinar (+12.0)"]', VNLeadModel: 'lead-1', VNLeadScoredAt: '2026-12-04T09:30:00.000Z' });
    expect(itemToLead({ Id: 7, ...body, ...leadScoreToItem(scored) })).toEqual({ itemId: 7, ...lead, scored });
    expect(itemToLead({ Id: 8, VNLeadId: 'LD-2', VNLeadOutcome: 'converted', VNLeadFeatures: null, VNLeadScore: null })).toEqual({ itemId: 8, id: 'LD-2', name: 'LD-2', outcome: 'converted', features: {} });
  });

  it('refuses a stored item whose outcome or features are not what the list holds, naming list, item and column', () => {
    expect(() => itemToLead({ Id: 9, VNLeadId: 'LD-3', VNLeadOutcome: 'won' })).toThrow(StoredDataError);
    expect(() => itemToLead({ Id: 9, VNLeadId: 'LD-3', VNLeadOutcome: 'won' })).toThrow('"won" is not one of converted, not-converted, open');
    expect(() => itemToLead({ Id: 9, VNLeadId: 'LD-3', VNLeadFeatures: '[1]' })).toThrow('is not an object of column names to text');
    expect([isLeadModelItem({ VNModelId: 'lead-20261204T093000000Z' }), isLeadModelItem({ VNModelId: 'opportunity-1' })]).toEqual([true, false]);
  });
});
