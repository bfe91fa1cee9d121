import type { Blueprint } from '../../src/core/model/blueprint';
import { analyseNetwork } from '../../src/services/analyseNetwork';
import { smallBlueprint, transaction } from '../fixtures/model/smallBlueprint';

describe('analyseNetwork', () => {
  // t1 ae->ch (intangible), t2 ch->ae (intangible), t3 se->ch (tangible), t4 eb->ae (tangible); pt idle.
  it('counts what each role gives and receives, its balance and betweenness', () => {
    const analysis = analyseNetwork(smallBlueprint);
    expect(analysis.roles.map((r) => [r.roleId, r.givenTangible, r.givenIntangible, r.receivedTangible, r.receivedIntangible, r.balance])).toEqual([
      ['ae', 0, 1, 1, 1, -1],
      ['se', 1, 0, 0, 0, 1],
      ['ch', 0, 1, 1, 1, -1],
      ['eb', 1, 0, 0, 0, 1],
      ['pt', 0, 0, 0, 0, 0]
    ]);
    // se->ae runs through ch and eb->ch through ae: one pair each, normalised by (5-1)(5-2) = 12.
    expect(analysis.roles.map((r) => r.betweenness)).toEqual([1 / 12, 0, 1 / 12, 0, 0]);
    // Ties ae->ch, ch->ae, se->ch, eb->ae: two of four are answered.
    expect(analysis.reciprocity).toBe(0.5);
  });

  it('finds isolated, one-way and broker roles in a stable order', () => {
    expect(analyseNetwork(smallBlueprint).findings).toEqual([
      { kind: 'isolated', roleId: 'pt' },
      { kind: 'one-way', roleId: 'se', direction: 'gives-only' },
      { kind: 'one-way', roleId: 'eb', direction: 'gives-only' },
      { kind: 'broker', roleId: 'ae', betweenness: 1 / 12 }
    ]);
  });

  it('flags roles above the overburden factor times the average and low reciprocity', () => {
    // Average: 2 x 4 transactions / 5 roles = 1.6; factor 1.5 -> above 2.4: ae and ch with 3 each.
    const findings = analyseNetwork(smallBlueprint, { overburdenFactor: 1.5 }).findings.filter((f) => f.kind === 'overburdened');
    expect(findings).toEqual([
      { kind: 'overburdened', roleId: 'ae', transactions: 3, average: 1.6 },
      { kind: 'overburdened', roleId: 'ch', transactions: 3, average: 1.6 }
    ]);
    const oneWay: Blueprint = { ...smallBlueprint, transactions: [transaction('t1', 1, 'ae', 'ch', 's1'), transaction('t9', 2, 'zz', 'ch', 's1')] };
    const analysis = analyseNetwork(oneWay);
    expect(analysis.reciprocity).toBe(0);
    expect(analysis.findings[analysis.findings.length - 1]).toEqual({ kind: 'low-reciprocity', reciprocity: 0 });
    // The transaction from the unknown role `zz` is left out.
    expect(analysis.roles.find((r) => r.roleId === 'ch')?.receivedIntangible).toBe(1);
  });

  it('says nothing about reciprocity or brokers without transactions', () => {
    expect(analyseNetwork({ ...smallBlueprint, transactions: [] }).findings.map((f) => f.kind)).toEqual(['isolated', 'isolated', 'isolated', 'isolated', 'isolated']);
  });
});
