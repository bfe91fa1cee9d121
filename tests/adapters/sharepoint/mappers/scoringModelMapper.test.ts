import { StoredDataError } from '../../../../src/adapters/sharepoint';
import { itemToModelRecord, MAX_MODEL_COLUMN_CHARS, modelStatusToItem, newModelToItem, patternsJson } from '../../../../src/adapters/sharepoint/mappers/scoringModelMapper';
import { ModelTooLargeError } from '../../../../src/services/insights/errors';
import type { NewModelRecord, PatternSummary, StoredPattern } from '../../../../src/services/insights/modelRegistry';
import { describePattern } from '../../../../src/core/insights';
import { T0 } from '../fixtures';

const ODDS = { oddsRatio: 4, lower: 0.9, upper: 17.8, corrected: false, spansOne: true };
const pattern = (i: number): StoredPattern => ({
  featureId: `exchange:T${i}`,
  kind: 'exchange',
  label: `"Exchange ${i}" (Account executive → Champion)`,
  stageName: 'Qualify',
  table: { a: 10, b: 5, c: 5, d: 10 },
  support: 0.5,
  winRateWith: 2 / 3,
  winRateWithout: 1 / 3,
  oddsRatio: { oddsRatio: 4, lower: 0.9, upper: 17.8, corrected: false, spansOne: true },
  pValue: 0.14,
  evidence: 'weak',
  direction: 'helps',
  sentence: describePattern(`"Exchange ${i}" (Account executive → Champion)`, { a: 10, b: 5, c: 5, d: 10 }, ODDS, 0.14, 'weak', 'Qualify')
});

const record: NewModelRecord = {
  modelId: 'opportunity-20240501T090000Z',
  label: 'blueprint-distance (3 won / 4 lost)',
  trainedAt: T0,
  trainedBy: 'Megan Bowen',
  blueprintId: 'enterprise',
  blueprintVersion: 3,
  window: { from: T0 - 86_400_000, to: T0 - 3_600_000 },
  model: { model: 'blueprint-distance', trainedOn: { won: 3, lost: 4 } },
  patterns: { won: 3, lost: 4, patterns: [pattern(1)], leftOut: ['Purchase order'], found: 1 }
};

describe('scoringModelMapper', () => {
  it('writes a new model as stored and reads it back unchanged', () => {
    const item = newModelToItem(record);
    expect(item).toEqual({
      Title: 'blueprint-distance (3 won / 4 lost)',
      VNModelId: 'opportunity-20240501T090000Z',
      VNModelStatus: 'stored',
      VNTrainedAt: '2024-05-01T09:00:00.000Z',
      VNTrainedBy: 'Megan Bowen',
      VNBlueprintId: 'enterprise',
      VNBlueprintVersion: 3,
      VNWindowFrom: '2024-04-30T09:00:00.000Z',
      VNWindowTo: '2024-05-01T08:00:00.000Z',
      VNModelJson: '{"model":"blueprint-distance","trainedOn":{"won":3,"lost":4}}',
      VNEvaluationJson: null,
      // The sentence is left out and rebuilt on reading, identical.
      VNPatternsJson: JSON.stringify({ ...record.patterns, patterns: record.patterns?.patterns.map((p) => ({ ...p, sentence: undefined })) })
    });
    expect(itemToModelRecord({ ...item, Id: 7, VNModelStatus: 'in-use' })).toEqual({ ...record, status: 'in-use', itemId: 7 });
    // An item written before kept its sentence, and reads it as written.
    const older = { ...item, Id: 8, VNPatternsJson: JSON.stringify({ ...record.patterns, patterns: [{ ...pattern(1), sentence: 'As written.' }] }) };
    expect(itemToModelRecord(older).patterns?.patterns[0].sentence).toBe('As written.');
    expect(modelStatusToItem('stored')).toEqual({ VNModelStatus: 'stored' });
  });

  it('cuts the weakest patterns to fit one column and keeps how many were found', () => {
    const summary: PatternSummary = { won: 50, lost: 50, patterns: Array.from({ length: 400 }, (_, i) => pattern(i)), leftOut: [], found: 400 };
    const text = patternsJson(summary);
    const parsed = JSON.parse(text) as PatternSummary;
    expect(text.length).toBeLessThanOrEqual(MAX_MODEL_COLUMN_CHARS);
    expect(parsed.found).toBe(400);
    // Each pattern takes about 385 characters without its sentence: the proportional cut keeps the strongest 165.
    expect(parsed.patterns.length).toBe(165);
    expect(parsed.patterns[164].featureId).toBe('exchange:T164');
    expect(parsed.patterns.every((p) => p.sentence === undefined)).toBe(true);
    expect(patternsJson(summary, 100)).toBe('{"won":50,"lost":50,"patterns":[],"leftOut":[],"found":400}');
  });

  it('refuses a model larger than a column and reports unreadable stored JSON by list, item and column', () => {
    const huge: NewModelRecord = { ...record, model: { model: 'blueprint-distance', trainedOn: { won: 1, lost: 1 }, padding: 'x'.repeat(70_000) } as unknown as NewModelRecord['model'] };
    expect(() => newModelToItem(huge)).toThrow(ModelTooLargeError);
    expect(() => newModelToItem(huge)).toThrow('The trained model takes 70,074 characters as JSON; a SharePoint column holds at most 63,999. Nothing was stored.');
    const item = { ...newModelToItem(record), Id: 3, VNModelJson: '{"model":"forest"}' };
    expect(() => itemToModelRecord(item)).toThrow(StoredDataError);
    expect(() => itemToModelRecord(item)).toThrow('ScoringModels item 3, column VNModelJson: is not a scoring model (needs "model": "logistic" or "blueprint-distance" and "trainedOn")');
  });
});
