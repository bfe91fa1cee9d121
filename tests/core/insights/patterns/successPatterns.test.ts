import type { ConstraintOutcome, ConstraintResults } from '../../../../src/core/insights/patterns/patternFeatures';
import { successPatterns } from '../../../../src/core/insights/patterns/successPatterns';
import { day, fiveAndFive, smallBlueprint } from '../../../fixtures/insights/smallOrg';
import { survivorshipOrg } from './survivorshipOrg';

describe('successPatterns where survivorship would mislead', () => {
  const report = successPatterns(survivorshipOrg.opportunities, survivorshipOrg.interactions, smallBlueprint, { now: day(100) });

  it('does not credit the proposal, which only deals that reached Close could send', () => {
    // Over all ten deals t4 would read a=4, b=2, c=0, d=4. Among the six that reached Close every
    // deal sent it, so there is nothing to compare; the same holds for t1 before t4.
    const ids = report.patterns.map((p) => p.feature.id);
    expect(ids).toEqual(['exchange:t3', 'order:t1>t3', 'role:eb', 'order:t3>t4']);
    expect([report.won, report.lost]).toEqual([4, 6]);
  });

  it('compares the business case among all ten deals, reading each where it is fair', () => {
    const businessCase = report.patterns[0];
    // W1-W4 read at their Close entry (day 15): t3 done. L1, L2 read at day 15: no t3.
    // L3-L6 ended in Prove, read at their close (day 12): only L3 sent it (day 8).
    expect(businessCase.stageId).toBe('prove');
    expect(businessCase.table).toEqual({ a: 4, b: 1, c: 0, d: 5 });
    // Fisher: margins 5/5 by 4 won/6 lost; P(a=4) = P(a=0) = 5/210, every other table is likelier
    expect(businessCase.pValue).toBeCloseTo(10 / 210, 12);
    // Haldane-Anscombe: (4.5·5.5)/(1.5·0.5) = 33
    expect(businessCase.oddsRatio.oddsRatio).toBeCloseTo(33, 9);
    // 95% CI: exp(ln 33 ± 1.96·√(1/4.5 + 1/1.5 + 1/0.5 + 1/5.5)) = exp(3.4965 ± 3.4347)
    expect(businessCase.sentence).toBe(
      'Among the 10 deals that reached Prove, deals with "Business case" (Account executive → Economic buyer) won 4 of 5 (80%); without it 0 of 5 (0%). ' +
        'Odds ratio 33.0 (95% CI 1.06–1024), Fisher p = 0.048. Weak evidence (4 won, 6 lost): a small sample.'
    );
  });

  it('counts a role only through recognised exchanges, from the stage it first appears in', () => {
    // The economic buyer first appears in Prove (t3); L1 and L2 reach it only through the proposal
    // on day 20, after their Close entry, so they count as without it.
    expect(report.patterns.find((p) => p.feature.id === 'role:eb')?.table).toEqual({ a: 4, b: 1, c: 0, d: 5 });
  });

  it('compares an order among deals that reached the later stage, each read at its close there', () => {
    const order = report.patterns.find((p) => p.feature.id === 'order:t3>t4');
    expect(order?.stageId).toBe('close');
    expect(order?.table).toEqual({ a: 4, b: 0, c: 0, d: 2 });
    // margins 4/2 by 4/2: P(a=4) = 1/15 is the only table that unlikely
    expect(order?.pValue).toBeCloseTo(1 / 15, 12);
    expect(order?.oddsRatio.oddsRatio).toBeCloseTo(45, 9);
  });

  it('leaves out what a won deal did in the run-up to its close', () => {
    // W1's reference call on day 20 comes after its Close entry; only L3's (day 6) counts.
    const all = successPatterns(survivorshipOrg.opportunities, survivorshipOrg.interactions, smallBlueprint, { now: day(100), minCases: 1 });
    expect(all.patterns.find((p) => p.feature.id === 'exchange:t5')?.table).toEqual({ a: 0, b: 1, c: 4, d: 5 });
  });
});

describe('successPatterns on 5 won and 5 lost deals', () => {
  const report = successPatterns(fiveAndFive.opportunities, fiveAndFive.interactions, smallBlueprint, { now: day(100) });

  it('ranks patterns by Fisher p, then effect size, then id', () => {
    expect(report.won).toBe(5);
    expect(report.lost).toBe(5);
    // The proposal (t4, Close) and orders ending in it are gone: only won deals reached Close.
    expect(report.patterns.map((p) => p.feature.id)).toEqual([
      'order:t3>t2',
      'exchange:t3',
      'order:t1>t3',
      'role:eb',
      'exchange:t5',
      'order:t1>t5',
      'order:t5>t2'
    ]);
  });

  it('reports the top pattern with exact statistics and an honest sentence', () => {
    const top = report.patterns[0];
    expect(top.table).toEqual({ a: 5, b: 0, c: 0, d: 5 });
    expect(top.support).toBe(0.5);
    expect(top.winRateWith).toBe(1);
    expect(top.winRateWithout).toBe(0);
    expect(top.lift).toBe(Infinity);
    // Haldane-Anscombe: (5.5·5.5)/(0.5·0.5) = 121; Fisher: 2 / C(10,5)
    expect(top.oddsRatio.oddsRatio).toBeCloseTo(121, 9);
    expect(top.pValue).toBeCloseTo(2 / 252, 12);
    expect(top.evidence).toBe('weak');
    expect(top.direction).toBe('helps');
    expect(top.sentence).toBe(
      'Among the 10 deals that reached Prove, deals with "Business case" before "Demo" won 5 of 5 (100%); without it 0 of 5 (0%). ' +
        'Odds ratio 121 (95% CI 2.02–7259), Fisher p = 0.008. Weak evidence (5 won, 5 lost): a small sample.'
    );
  });

  it('reports the business case order and says when the interval spans 1', () => {
    const order = report.patterns.find((p) => p.feature.id === 'order:t3>t2');
    expect(order?.label).toBe('"Business case" before "Demo"');
    const businessCase = report.patterns.find((p) => p.feature.id === 'exchange:t3');
    // a=5, b=1 (L1 sent it late), c=0, d=4: p = (6 + 6) / 252; OR = (5.5·4.5)/(1.5·0.5) = 33
    expect(businessCase?.table).toEqual({ a: 5, b: 1, c: 0, d: 4 });
    expect(businessCase?.pValue).toBeCloseTo(12 / 252, 12);
    expect(businessCase?.oddsRatio.oddsRatio).toBeCloseTo(33, 9);
    // nobody without it won: lift is infinite
    expect(businessCase?.lift).toBe(Infinity);
    const reference = report.patterns.find((p) => p.feature.id === 'exchange:t5');
    expect(reference?.table).toEqual({ a: 2, b: 2, c: 3, d: 3 });
    expect(reference?.direction).toBe('neutral');
    expect(reference?.sentence).toBe(
      'Among the 10 deals that reached Prove, deals with "Reference call" (Champion → Account executive) won 2 of 4 (50%); without it 3 of 6 (50%). ' +
        'Odds ratio 1.00 (95% CI 0.08–12.6), Fisher p = 1.000. ' +
        'Weak evidence (5 won, 5 lost): a small sample; the interval spans 1, so this could be chance.'
    );
  });

  it('leaves out patterns every deal shows or too few deals show', () => {
    const ids = report.patterns.map((p) => p.feature.id);
    expect(ids).not.toContain('exchange:t1');
    expect(ids).not.toContain('order:t2>t3');
    expect(ids).not.toContain('exchange:t4');
  });

  it('compares constraint outcomes, leaving out cases without a result', () => {
    const results: ConstraintResults = new Map<string, Map<string, ConstraintOutcome>>([
      ['W1', new Map([['c1', 'satisfied' as const]])],
      ['W2', new Map([['c1', 'satisfied' as const]])],
      ['W3', new Map([['c1', 'satisfied' as const]])],
      ['L1', new Map([['c1', 'violated' as const]])],
      ['L2', new Map([['c1', 'violated' as const]])]
    ]);
    const withConstraints = successPatterns(fiveAndFive.opportunities, fiveAndFive.interactions, smallBlueprint, {
      now: day(100),
      constraintResults: results,
      constraintLabels: new Map([['c1', 'Business case precedes proposal']]),
      kinds: ['constraint']
    });
    expect(withConstraints.patterns).toHaveLength(1);
    expect(withConstraints.patterns[0].label).toBe('Business case precedes proposal satisfied');
    expect(withConstraints.patterns[0].table).toEqual({ a: 3, b: 0, c: 0, d: 2 });
    // margins 3/2/3/2: P(a=3) = C(3,3)·C(2,0)/C(5,3) = 1/10, the only table that unlikely
    expect(withConstraints.patterns[0].pValue).toBeCloseTo(0.1, 12);
  });
});
