import type { DeviationEntry, OpportunityRecord } from '../../../../src/services/ports';
import { dealsNeedingAttention } from '../../../../src/ui/dashboard/model/dealsNeedingAttention';
import { behaviourGaps } from '../../../../src/ui/dashboard/model/behaviourGaps';
import { blueprint, high, record } from './records';

const role = (kind: string, roleId: string): DeviationEntry => ({ kind, severity: 'high', roleId, message: kind });
const scored = (r: OpportunityRecord, score: number): OpportunityRecord => ({ ...r, snapshot: r.snapshot && { ...r.snapshot, score } });

describe('dealsNeedingAttention', () => {
  const records = [
    record('a', 'open', 100, { top: [high('t2'), high('t1')] }),
    record('b', 'open', 500, { top: [role('uncovered-role', 'eb')] }),
    record('c', 'open', 50, { top: [high('t2'), role('single-threaded', 'eb')] }),
    scored(record('d', 'open', 900), 0.2),
    record('e', 'open', 800),
    record('f', 'lost', 1000, { top: [high('t1')] }),
    record('g', 'open', 70, { stage: 's2' })
  ];
  const ranked = dealsNeedingAttention(records, blueprint, { stuck: [{ opportunityId: 'g', stageId: 's2', daysInStage: 12.5, medianDays: 4 }, { opportunityId: 'a', stageId: 's1', daysInStage: 9, medianDays: 3 }] });

  it('ranks open deals by number of reasons, then amount, each with its reasons and one next action', () => {
    expect(ranked.map((d) => [d.record.opportunity.id, d.reasons.map((r) => r.kind), d.nextAction.kind])).toEqual([
      ['a', ['overdue', 'stuck'], 'make-exchange'],
      ['c', ['overdue', 'roles'], 'make-exchange'],
      ['d', ['low-score'], 'review-deal'],
      ['b', ['roles'], 'engage-role'],
      ['g', ['stuck'], 'agree-next-step']
    ]);
    // The earliest missing exchange in blueprint sequence is the next action (t1 before t2).
    expect(ranked[0].nextAction).toEqual({ kind: 'make-exchange', transaction: blueprint.transactions.find((t) => t.id === 't1') });
    expect(ranked[0].reasons[0]).toEqual({ kind: 'overdue', transactions: ['t1', 't2'].map((id) => blueprint.transactions.find((t) => t.id === id)) });
    expect(ranked[3].nextAction).toEqual({ kind: 'engage-role', roleId: 'eb' });
    expect(ranked[4].nextAction).toEqual({ kind: 'agree-next-step', stageId: 's2' });
  });

  it('keeps at most `limit` deals (without stuck deals, c is the only one with two reasons; then the largest amount)', () => {
    expect(dealsNeedingAttention(records, blueprint, { stuck: [], limit: 2 }).map((d) => d.record.opportunity.id)).toEqual(['c', 'd']);
  });
});

describe('behaviourGaps', () => {
  const mine = (id: string, status: 'open' | 'won' | 'lost', top: DeviationEntry[]): OpportunityRecord => record(id, status, 1, { owner: 'Ann@x.example', top, name: `Deal ${id}` });
  const best = (id: string, top: DeviationEntry[]): OpportunityRecord => record(id, 'won', 1, { owner: 'bob@x.example', top });
  const records = [
    mine('m1', 'open', [high('t1'), high('t2')]),
    mine('m2', 'lost', [high('t1')]),
    mine('m3', 'open', [high('t2')]),
    mine('m4', 'open', []),
    best('b1', [high('t2')]),
    best('b2', []),
    record('x', 'open', 1, { owner: 'cid@x.example', top: [high('t1')] })
  ];

  it('lists the exchanges I miss more often than the top performers, largest difference first, with my open deals they affect', () => {
    const report = behaviourGaps(records, blueprint, 'ann@x.example', ['bob@x.example']);
    // t1: mine 2/4, theirs 0/2 -> +0.5; t2: mine 2/4, theirs 1/2 -> 0 (not a gap).
    expect([report.myDeals, report.bestDeals]).toEqual([4, 2]);
    expect(report.gaps.map((g) => [g.transaction.id, g.mine, g.best, g.affected.map((r) => r.opportunity.id)])).toEqual([['t1', 0.5, 0, ['m1']]]);
  });

  it('never counts me among the top performers, and gives nothing to compare without their deals', () => {
    expect(behaviourGaps(records, blueprint, 'ann@x.example', ['ANN@x.example'])).toEqual({ gaps: [], myDeals: 4, bestDeals: 0 });
  });
});
