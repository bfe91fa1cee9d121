import type { ConstraintOutcome, ConstraintResults } from '../../../../src/core/insights/patterns/patternFeatures';
import { successPatterns } from '../../../../src/core/insights/patterns/successPatterns';
import { day, fiveAndFive, smallBlueprint } from '../../../fixtures/insights/smallOrg';

describe('successPatterns on 5 won and 5 lost deals', () => {
  const report = successPatterns(fiveAndFive.opportunities, fiveAndFive.interactions, smallBlueprint, { now: day(100) });

  it('ranks patterns by Fisher p, then effect size, then id', () => {
    expect(report.won).toBe(5);
    expect(report.lost).toBe(5);
    expect(report.patterns.map((p) => p.feature.id)).toEqual([
      'exchange:t4',
      'order:t1>t4',
      'order:t2>t4',
      'order:t3>t2',
      'order:t3>t4',
      'exchange:t3',
      'order:t1>t3',
      'role:eb',
      'exchange:t5',
      'order:t1>t5',
      'order:t5>t2'
    ]);
  });

  it('reports the proposal with exact statistics and an honest sentence', () => {
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
      'Deals with "Proposal" (Account executive → Economic buyer) won 5 of 5 (100%); without it 0 of 5 (0%). ' +
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
      'Deals with "Reference call" (Champion → Account executive) won 2 of 4 (50%); without it 3 of 6 (50%). ' +
        'Odds ratio 1.00 (95% CI 0.08–12.6), Fisher p = 1.000. ' +
        'Weak evidence (5 won, 5 lost): a small sample; the interval spans 1, so this could be chance.'
    );
  });

  it('leaves out patterns every deal shows or too few deals show', () => {
    const ids = report.patterns.map((p) => p.feature.id);
    expect(ids).not.toContain('exchange:t1');
    expect(ids).not.toContain('order:t2>t3');
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
