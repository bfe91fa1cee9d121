import { StoredDataError } from '../../../../src/adapters/sharepoint';
import type { Opportunity } from '../../../../src/core/model/interaction';
import { currentStage, itemToOpportunityRecord, opportunityToItem } from '../../../../src/adapters/sharepoint/mappers/opportunityMapper';
import { snapshotToItem } from '../../../../src/adapters/sharepoint/mappers/snapshotMapper';
import type { AnalysisSnapshot } from '../../../../src/services/ports';

const opp: Opportunity = {
  id: 'OPP-1',
  name: 'Fabrikam ERP',
  account: 'Fabrikam',
  owner: 'adelev@contoso.com',
  team: 'Nordics',
  amount: 250000.5,
  currency: 'EUR',
  status: 'won',
  createdAt: Date.UTC(2024, 0, 2),
  closedAt: Date.UTC(2024, 5, 30),
  stageHistory: [
    { stageId: 'qualify', enteredAt: Date.UTC(2024, 0, 2) },
    { stageId: 'close', enteredAt: Date.UTC(2024, 4, 1) }
  ]
};

const snapshot: AnalysisSnapshot = {
  score: 0.72,
  scoreModel: 'logistic (10 won / 12 lost)',
  scoreReasons: [
    { feature: 'exchange:T07', label: 'no "Business case" (Account executive → Economic buyer)', points: -12.5 },
    { feature: 'amount', label: 'amount', points: 3.25 }
  ],
  fitness: 0.8125,
  deviations: { violated: 2, pending: 1, satisfied: 13, deviationCount: 3, top: [{ kind: 'missing-exchange', severity: 'high', transactionId: 'T07', constraintId: 'required:T07', message: 'No business case yet.' }] },
  analysedAt: Date.UTC(2024, 6, 1, 6, 0, 0),
  blueprintId: 'enterprise',
  blueprintVersion: 3
};

describe('opportunity mapper', () => {
  it('writes the opportunity with its current stage and the stage history as JSON', () => {
    expect(opportunityToItem(opp)).toEqual({
      Title: 'Fabrikam ERP',
      VNExternalId: 'OPP-1',
      VNAccount: 'Fabrikam',
      VNOwner: 'adelev@contoso.com',
      VNTeam: 'Nordics',
      VNStage: 'close',
      VNAmount: 250000.5,
      VNCurrency: 'EUR',
      VNStatus: 'won',
      VNCreatedAt: '2024-01-02T00:00:00.000Z',
      VNClosedAt: '2024-06-30T00:00:00.000Z',
      VNStageHistory: '[{"stageId":"qualify","enteredAt":1704153600000},{"stageId":"close","enteredAt":1714521600000}]'
    });
    expect(currentStage({ stageHistory: [] })).toBeUndefined();
  });

  it('writes the previous score with its time beside a score, reads it back, and reads a version 5 item without it', () => {
    const trended: AnalysisSnapshot = { ...snapshot, previousScore: 0.61, previousScoredAt: Date.UTC(2024, 5, 1, 6, 0, 0) };
    const item = snapshotToItem(trended);
    expect([item.VNPreviousScore, item.VNPreviousScoredAt]).toEqual([0.61, '2024-06-01T06:00:00.000Z']);
    expect(itemToOpportunityRecord({ Id: 7, ...opportunityToItem(opp), ...item }).snapshot).toEqual(trended);
    const { previousScore: _p, previousScoredAt: _at, ...untrended } = trended;
    const v5 = itemToOpportunityRecord({ Id: 7, ...opportunityToItem(opp), ...snapshotToItem(snapshot) });
    expect([snapshotToItem(snapshot).VNPreviousScore, snapshotToItem(snapshot).VNPreviousScoredAt, v5.snapshot]).toEqual([null, null, untrended]);
    const { score: _s, scoreModel: _m, scoreReasons: _r, ...unscored } = trended;
    expect([snapshotToItem(unscored).VNPreviousScore, snapshotToItem(unscored).VNPreviousScoredAt]).toEqual([null, null]);
  });

  it('writes the snapshot, and reads opportunity and snapshot back exactly', () => {
    const snap = snapshotToItem(snapshot);
    expect(snap).toEqual({
      VNScore: 0.72,
      VNScoreModel: 'logistic (10 won / 12 lost)',
      VNScoreReasons: '[{"feature":"exchange:T07","label":"no \\"Business case\\" (Account executive → Economic buyer)","points":-12.5},{"feature":"amount","label":"amount","points":3.25}]',
      VNPreviousScore: null,
      VNPreviousScoredAt: null,
      VNFitness: 0.8125,
      VNDeviationSummary:
        '{"v":1,"violated":2,"pending":1,"satisfied":13,"deviationCount":3,"top":[{"kind":"missing-exchange","severity":"high","transactionId":"T07","constraintId":"required:T07","message":"No business case yet."}],"blueprintId":"enterprise","blueprintVersion":3}',
      VNAnalysedAt: '2024-07-01T06:00:00.000Z'
    });
    const record = itemToOpportunityRecord({ Id: 12, ...opportunityToItem(opp), ...snap });
    expect(record).toEqual({ opportunity: opp, stage: 'close', snapshot, itemId: 12 });
  });

  it('stores an empty list for a score without reasons, reads a version-2 score without reasons, and ignores reasons beside no score', () => {
    const { scoreReasons: _reasons, ...bare } = snapshot;
    expect(snapshotToItem(bare).VNScoreReasons).toBe('[]');
    expect(itemToOpportunityRecord({ Id: 7, ...opportunityToItem(opp), ...snapshotToItem(bare) }).snapshot?.scoreReasons).toEqual([]);
    const v2 = itemToOpportunityRecord({ Id: 7, ...opportunityToItem(opp), ...snapshotToItem(snapshot), VNScoreReasons: null });
    expect(v2.snapshot).toEqual(bare);
    const unscored = itemToOpportunityRecord({ Id: 7, ...opportunityToItem(opp), ...snapshotToItem(snapshot), VNScore: null, VNScoreReasons: 'not json' });
    expect(unscored.snapshot?.score).toBeUndefined();
    expect(unscored.snapshot?.scoreReasons).toBeUndefined();
  });

  it('reads an opportunity never analysed without a snapshot, and a nameless one without name', () => {
    const { name: _name, ...nameless } = opp;
    const record = itemToOpportunityRecord({ Id: 2, ...opportunityToItem(nameless), VNAnalysedAt: null, VNScore: null });
    expect(record.snapshot).toBeUndefined();
    expect(record.opportunity).toEqual(nameless);
  });

  it('refuses a score without a model by clearing the model, and invalid JSON columns with a typed error', () => {
    expect(snapshotToItem({ ...snapshot, score: undefined }).VNScoreModel).toBeNull();
    expect(snapshotToItem({ ...snapshot, score: undefined }).VNScoreReasons).toBeNull();
    const base = { Id: 5, ...opportunityToItem(opp) };
    expect(() => itemToOpportunityRecord({ ...base, VNStageHistory: '[{"stageId":"a"}]' })).toThrow(new StoredDataError('Opportunities', 5, 'VNStageHistory', 'entry 0 needs stageId (text) and enteredAt (epoch ms)'));
    expect(() => itemToOpportunityRecord({ ...base, VNStageHistory: '{' })).toThrow(StoredDataError);
    expect(() => itemToOpportunityRecord({ ...base, VNAnalysedAt: '2024-07-01T06:00:00Z', VNDeviationSummary: '{"v":2}' })).toThrow('column VNDeviationSummary: unknown deviation summary version 2');
    const scored = { ...base, ...snapshotToItem(snapshot) };
    expect(() => itemToOpportunityRecord({ ...scored, VNScoreReasons: '[{"feature":"amount"' })).toThrow(StoredDataError);
    expect(() => itemToOpportunityRecord({ ...scored, VNScoreReasons: '[{"feature":"amount","label":"amount","points":"3"}]' })).toThrow(
      new StoredDataError('Opportunities', 5, 'VNScoreReasons', 'reason 0 needs feature (text), label (text) and points (number)')
    );
    expect(() => itemToOpportunityRecord({ ...scored, VNScoreReasons: '{}' })).toThrow('column VNScoreReasons: expected a JSON list of reasons');
    expect(() => itemToOpportunityRecord({ ...base, VNStatus: 'pending' })).toThrow('column VNStatus: "pending" is not one of open, won, lost, no-decision');
  });
});
