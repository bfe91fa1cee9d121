import { applyProposals } from '../../../../src/core/insights/proposals/applyProposals';
import { proposeBlueprintChanges } from '../../../../src/core/insights/proposals/proposeBlueprintChanges';
import type { Interaction } from '../../../../src/core/model/interaction';
import { InsightsInputError } from '../../../../src/core/insights/errors';
import { day, fiveAndFive, smallBlueprint } from '../../../fixtures/insights/smallOrg';

// A site visit (sales engineer -> economic buyer, a pair no transaction covers) on day 12 in W1-W4
// and L1; a lunch without roles in every deal; one site visit after W5's close does not count.
const extra: Interaction[] = [
  ...['W1', 'W2', 'W3', 'W4', 'L1'].map((id): Interaction => ({ opportunityId: id, timestamp: day(12), activity: 'Site visit', fromRole: 'se', toRole: 'eb', source: 'test', sourceKey: `${id}-sv` })),
  ...fiveAndFive.opportunities.map((o): Interaction => ({ opportunityId: o.id, timestamp: day(3), activity: 'Lunch', source: 'test', sourceKey: `${o.id}-l` })),
  { opportunityId: 'W5', timestamp: day(31), activity: 'Site visit', fromRole: 'se', toRole: 'eb', source: 'test', sourceKey: 'W5-late' }
];
const interactions = [...fiveAndFive.interactions, ...extra];

describe('proposeBlueprintChanges', () => {
  const proposals = proposeBlueprintChanges(fiveAndFive.opportunities, interactions, smallBlueprint, { now: day(100), minCases: 4 });

  it('proposes what wins share and the blueprint lacks, then what makes no difference', () => {
    expect(proposals.map((p) => [p.kind, p.id, p.lift])).toEqual([
      // with: 4 of 5 won, without: 1 of 5 -> lift 4 (label and role pair alike; ties by key)
      ['add-exchange', 'activity:Site visit', 4],
      ['add-exchange', 'pair:se>eb', 4],
      // reference call: 2 of 4 won with it, 3 of 6 without; already optional -> remove
      ['remove', 'remove:t5', 1]
    ]);
  });

  it('says why, with the numbers', () => {
    const add = proposals[0];
    if (add.kind !== 'add-exchange') throw new Error('expected an addition');
    expect([add.deliverable, add.from, add.to, add.stageId]).toEqual(['Site visit', 'se', 'eb', 'prove']);
    expect(add.table).toEqual({ a: 4, b: 1, c: 1, d: 4 });
    expect(add.evidence).toBe(
      'Among deals that reached Prove, "Site visit" (Sales engineer → Economic buyer) happened in 4 of 5 won deals and 1 of 5 lost; deals with it won 80%, deals without 20% (lift 4.00). The blueprint does not have it.'
    );
    expect(proposals[2].evidence).toBe('Among deals that reached Prove, "Reference call" made no difference: deals with it won 50% (2 of 4), deals without 50% (3 of 6); lift 1.00.');
  });

  it('needs enough deals on each side', () => {
    // with the default 5 the reference call (4 deals with it) is not judged
    expect(proposeBlueprintChanges(fiveAndFive.opportunities, interactions, smallBlueprint, { now: day(100) }).map((p) => p.id)).toEqual(['activity:Site visit', 'pair:se>eb']);
  });
});

describe('applyProposals', () => {
  const proposals = proposeBlueprintChanges(fiveAndFive.opportunities, interactions, smallBlueprint, { now: day(100), minCases: 4 });

  it('adds an optional transaction with the next id, removes the no-difference one, and makes a draft', () => {
    const next = applyProposals(smallBlueprint, [proposals[0], proposals[2]]);
    expect([next.version, next.status]).toEqual([4, 'draft']);
    expect(next.transactions.map((t) => [t.id, t.sequence, t.stage, t.required])).toEqual([
      ['t1', 1, 'discover', true],
      ['t2', 2, 'prove', true],
      ['t3', 3, 'prove', true],
      ['t4', 4, 'close', true],
      ['t6', 5, 'prove', false]
    ]);
    expect(next.transactions[4]).toEqual({ id: 't6', sequence: 5, from: 'se', to: 'eb', deliverable: 'Site visit', kind: 'intangible', stage: 'prove', required: false, precededBy: [], minCount: 1 });
    expect(smallBlueprint.transactions).toHaveLength(5);
  });

  it('makes optional, or removes and unhooks predecessors and due anchors', () => {
    const table = { a: 0, b: 0, c: 0, d: 0 };
    const optional = applyProposals(smallBlueprint, [{ kind: 'make-optional', id: 'optional:t3', transactionId: 't3', table, lift: 1, evidence: '' }]);
    expect(optional.transactions.find((t) => t.id === 't3')?.required).toBe(false);
    const removed = applyProposals(smallBlueprint, [{ kind: 'remove', id: 'remove:t3', transactionId: 't3', table, lift: 1, evidence: '' }]);
    const t4 = removed.transactions.find((t) => t.id === 't4');
    expect([t4?.sequence, t4?.precededBy, t4?.due]).toEqual([3, [], { days: 3 }]);
    expect(() => applyProposals(smallBlueprint, [{ kind: 'remove', id: 'remove:x', transactionId: 'x', table, lift: 1, evidence: '' }])).toThrow(InsightsInputError);
  });
});
