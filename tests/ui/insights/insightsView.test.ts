import { buildModelRecord } from '../../../src/services/insights/trainModel';
import type { ModelRecord } from '../../../src/services/insights/modelRegistry';
import { calibrationRows, modelView, patternRows, separationLevel } from '../../../src/ui/insights/model/insightsView';
import { insightsBlueprint, siteHistory } from '../../services/insights/siteHistory';

const history = siteHistory();
const record: ModelRecord = { ...buildModelRecord(history, insightsBlueprint, { now: history.now, minPerClass: 5, trainedBy: 'Megan Bowen' }), status: 'in-use', itemId: 1 };

describe('the Sales Insights view models', () => {
  it('puts a model and its test in plain words, with the figures against the stage-only baseline', () => {
    const view = modelView(record, 'en-US', { name: 'Mini sale', version: 2 }, 5);
    expect({ ...view, evaluation: undefined }).toEqual({
      modelId: 'opportunity-20240630T090000Z',
      label: 'logistic (24 won / 24 lost)',
      inUse: true,
      kind: 'Learnt from your closed deals',
      trainedOn: '24 won and 24 lost deals',
      trainedAt: 'Trained Jun 30, 2024 by Megan Bowen',
      window: 'Deals closed May 6, 2024 – Jun 22, 2024',
      blueprint: 'Blueprint Mini sale, version 2',
      notes: [],
      evaluation: undefined
    });
    expect(view.evaluation?.intro).toBe(
      'Tested on the 12 deals closed Jun 11, 2024 – Jun 30, 2024 (6 won, 6 lost), each scored as it entered every stage (24 scores), by a model trained only on the deals closed before.'
    );
    expect(view.evaluation?.separation).toBe('Given a won and a lost deal, the score ranks the won one higher 75% of the time: good. Knowing only the stage: 50%.');
    expect(view.evaluation?.figures.map((f) => [f.label, f.model, f.baseline])).toEqual([
      ['Separation (AUC)', '0.750', '0.500'],
      ['Brier score (lower is better)', '0.193', '0.250'],
      ['Log loss (lower is better)', '0.559', '0.693']
    ]);
    expect(view.evaluation?.calibration.map((r) => [r.range, r.entries, r.predicted, r.observed, r.sentence])).toEqual([
      ['0–10%', 4, '8%', '0%', 'Of the deals we gave 0–10%, 0% were won (4 scores).'],
      ['40–50%', 12, '46%', '50%', 'Of the deals we gave 40–50%, 50% were won (12 scores).'],
      ['60–70%', 8, '64%', '75%', 'Of the deals we gave 60–70%, 75% were won (8 scores).']
    ]);
  });

  it('says when the model was trained on another blueprint version, or on too few deals, and when it could not be tested (de-DE)', () => {
    const older = modelView(record, 'de-DE', { name: 'Mini sale', version: 3 }, 5);
    expect(older.notes).toEqual(['Mit Version 2 des Blueprints trainiert; veröffentlicht ist jetzt Version 3. Trainieren Sie erneut, um aus der aktuellen Version zu lernen.']);
    expect(older.evaluation?.figures.map((f) => f.model)).toEqual(['0,750', '0,193', '0,559']);
    expect(older.evaluation?.calibration.map((r) => r.sentence)[2]).toBe('Von den Geschäften mit 60–70\u00a0% wurden 75\u00a0% gewonnen (8 Scores).');
    const few: ModelRecord = { ...record, model: { model: 'blueprint-distance', trainedOn: { won: 6, lost: 5 } }, evaluation: undefined };
    const view = modelView(few, 'en-US', { name: 'Mini sale', version: 2 }, 40);
    expect([view.kind, view.notes, view.evaluation, view.noEvaluation]).toEqual([
      'Closeness to the blueprint (too few closed deals to learn from)',
      ["Only 6 won and 5 lost deals have closed; the learnt model needs 40 of each. Until then the score is the deal's closeness to the blueprint."],
      undefined,
      'Too few closed deals to test the model: a test needs at least 10 deals closed before and 10 after the split.'
    ]);
  });

  it('grades separation in words at the stated cut points, and leaves empty calibration bands out', () => {
    expect([0.5, 0.55, 0.649, 0.65, 0.75, 0.85, 0.99].map(separationLevel)).toEqual(['chance', 'weak', 'weak', 'fair', 'good', 'strong', 'strong']);
    expect(calibrationRows(record.evaluation?.baselineMetrics ?? { auc: undefined, brier: undefined, logLoss: undefined, calibration: [] }, 'en-US').map((r) => r.sentence)).toEqual([
      'Of the deals we gave 50–60%, 50% were won (24 scores).'
    ]);
  });

  it('lists the patterns with names, rates and statistics, filtered by evidence and effect', () => {
    const rows = patternRows(record.patterns ?? { won: 0, lost: 0, patterns: [], leftOut: [], found: 0 }, { evidence: 'all', direction: 'all' }, 'en-US');
    expect(rows.slice(0, 3).map((r) => [r.label, r.evidenceText, r.rates, r.statistics])).toEqual([
      ['"Pains" before "Business case"', 'Moderate evidence', 'won 100% with, 20% without · among deals that reached Propose', 'OR 139 (95% CI 7.38–2,636), p < 0.001'],
      ['"Pains" (Champion → Account executive)', 'Moderate evidence', 'won 75% with, 0% without · among deals that reached Qualify', 'OR 95.1 (95% CI 5.13–1,763), p < 0.001'],
      ['"Business case" (Account executive → Economic buyer)', 'Moderate evidence', 'won 69% with, 27% without · among deals that reached Propose', 'OR 6.00 (95% CI 1.71–21.0), p = 0.008']
    ]);
    expect(rows.every((r) => !/T0\d/.test(`${r.label} ${r.rates} ${r.sentence ?? ''}`))).toBe(true);
    const german = patternRows(record.patterns ?? { won: 0, lost: 0, patterns: [], leftOut: [], found: 0 }, { evidence: 'moderate', direction: 'helps' }, 'de-DE');
    expect(german[2]).toEqual({
      key: 'exchange:T03',
      label: '"Business case" (Account executive → Economic buyer)',
      evidence: 'moderate',
      evidenceText: 'Mäßiger Beleg',
      direction: 'helps',
      rates: 'gewonnen 69\u00a0% mit, 27\u00a0% ohne · unter Geschäften, die Propose erreicht haben',
      statistics: 'OR 6,00 (95% CI 1,71–21,0), p = 0,008'
    });
    expect(patternRows(record.patterns ?? { won: 0, lost: 0, patterns: [], leftOut: [], found: 0 }, { evidence: 'all', direction: 'hurts' }, 'en-US')).toEqual([]);
  });
});
