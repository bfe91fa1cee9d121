import { compileBlueprint } from '../../src/core/conformance';
import type { Blueprint, Transaction } from '../../src/core/model/blueprint';
import type { Interaction, Opportunity } from '../../src/core/model/interaction';
import type { AnalysisSnapshot } from '../../src/core/model';
import { analyseOpportunity, parseScoringModelLabel, scoringModelLabel, withScoreHistory } from '../../src/services/analysisSnapshot';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);

/** Seven required exchanges in one stage, no ordering: a deal that did one misses six. */
const transactions: Transaction[] = [1, 2, 3, 4, 5, 6, 7].map((n) => ({
  id: `T0${n}`,
  sequence: n,
  from: 'ae',
  to: 'champion',
  deliverable: `Deliverable ${n}`,
  kind: 'intangible',
  stage: 'qualify',
  required: true,
  precededBy: [],
  minCount: 1
}));
const blueprint: Blueprint = {
  id: 'seven',
  name: 'Seven exchanges',
  version: 2,
  status: 'published',
  roles: [
    { id: 'ae', name: 'Account executive', side: 'internal' },
    { id: 'champion', name: 'Champion', side: 'customer' }
  ],
  stages: [{ id: 'qualify', name: 'Qualify', order: 1, exitCriteria: { minSellingActions: 1, minBuyingActions: 1 } }],
  transactions
};
const deal: Opportunity = { id: 'D1', account: 'Fabrikam', owner: 'ann@seller.example', amount: 1000, status: 'open', createdAt: T0, stageHistory: [{ stageId: 'qualify', enteredAt: T0 }] };
const did: Interaction = { opportunityId: 'D1', timestamp: T0 + DAY, activity: 'T04', transactionId: 'T04', fromRole: 'ae', toRole: 'champion', source: 'csv', sourceKey: 'd1-t04' };

describe('analysis snapshot', () => {
  const constraints = compileBlueprint(blueprint);

  it('stores the score, the model label and the five largest reasons (ties by feature name)', () => {
    const snapshot = analyseOpportunity(blueprint, constraints, deal, [did], { now: T0 + 2 * DAY, scoringModel: { model: 'blueprint-distance', trainedOn: { won: 3, lost: 2 } } });
    // 1 of 7 required exchanges done: probability 1/7; each missing one costs 100/7 points.
    expect(snapshot.score).toBeCloseTo(1 / 7, 12);
    expect(snapshot.scoreModel).toBe('blueprint-distance (3 won / 2 lost)');
    expect(snapshot.scoreReasons).toEqual(['T01', 'T02', 'T03', 'T05', 'T06'].map((id) => ({
      feature: `exchange:${id}`,
      label: `no "Deliverable ${Number(id.slice(1))}" (Account executive → Champion)`,
      points: -100 / 7
    })));
  });

  it('stores no score, model or reasons without a model', () => {
    const snapshot = analyseOpportunity(blueprint, constraints, deal, [did], { now: T0 + 2 * DAY });
    expect(snapshot.score).toBeUndefined();
    expect(snapshot.scoreModel).toBeUndefined();
    expect(snapshot.scoreReasons).toBeUndefined();
    expect(snapshot.blueprintId).toBe('seven');
  });

  it('stores an empty list of reasons for a deal that did everything due', () => {
    const all = transactions.map((t): Interaction => ({ ...did, activity: t.id, transactionId: t.id, sourceKey: `d1-${t.id}` }));
    const snapshot = analyseOpportunity(blueprint, constraints, deal, all, { now: T0 + 2 * DAY, scoringModel: { model: 'blueprint-distance', trainedOn: { won: 0, lost: 0 } } });
    expect(snapshot.score).toBe(1);
    expect(snapshot.scoreReasons).toEqual([]);
  });

  it('reads back the labels it writes, and nothing else', () => {
    expect(scoringModelLabel({ model: 'blueprint-distance', trainedOn: { won: 12, lost: 30 } })).toBe('blueprint-distance (12 won / 30 lost)');
    expect(parseScoringModelLabel('blueprint-distance (12 won / 30 lost)')).toEqual({ model: 'blueprint-distance', won: 12, lost: 30 });
    expect(parseScoringModelLabel('logistic (120 won / 310 lost)')).toEqual({ model: 'logistic', won: 120, lost: 310 });
    expect(parseScoringModelLabel('logistic:2024-06')).toBeUndefined();
    expect(parseScoringModelLabel('')).toBeUndefined();
  });
});

describe('score history carried from one analysis to the next', () => {
  const base: AnalysisSnapshot = { fitness: 1, deviations: { violated: 0, pending: 0, satisfied: 1, deviationCount: 0, top: [] }, analysedAt: T0, blueprintId: 'seven', blueprintVersion: 2 };
  const at = (day: number, score: number | undefined, previous?: { score: number; at: number }): AnalysisSnapshot => ({
    ...base,
    analysedAt: T0 + day * DAY,
    ...(score !== undefined ? { score, scoreModel: 'blueprint-distance (0 won / 0 lost)' } : {}),
    ...(previous ? { previousScore: previous.score, previousScoredAt: previous.at } : {})
  });

  it('has no previous score for a first analysis or after one without a score', () => {
    expect(withScoreHistory(at(1, 0.4), undefined)).toEqual(at(1, 0.4));
    expect(withScoreHistory(at(2, 0.4), at(1, undefined))).toEqual(at(2, 0.4));
  });

  it('moves the stored score to previous, with its analysis time, when the score people read changes', () => {
    expect(withScoreHistory(at(2, 0.55), at(1, 0.4))).toEqual(at(2, 0.55, { score: 0.4, at: T0 + DAY }));
    expect(withScoreHistory(at(3, 0.3), at(2, 0.55, { score: 0.4, at: T0 + DAY }))).toEqual(at(3, 0.3, { score: 0.55, at: T0 + 2 * DAY }));
  });

  it('keeps the stored previous score when the same analysis is stored again, so the trend stays improving', () => {
    const second = withScoreHistory(at(2, 0.55), at(1, 0.4));
    const again = withScoreHistory(at(3, 0.55), second);
    const onceMore = withScoreHistory(at(4, 0.5512), again);
    expect([again, onceMore]).toEqual([at(3, 0.55, { score: 0.4, at: T0 + DAY }), at(4, 0.5512, { score: 0.4, at: T0 + DAY })]);
  });

  it('drops the history when the new analysis has no score, and ignores a previous score the analysis itself carried', () => {
    expect(withScoreHistory(at(2, undefined), at(1, 0.4, { score: 0.2, at: T0 }))).toEqual(at(2, undefined));
    expect(withScoreHistory(at(2, 0.4, { score: 0.9, at: 0 }), undefined)).toEqual(at(2, 0.4));
  });
});
