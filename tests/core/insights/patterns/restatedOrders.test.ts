import { withoutRestatedOrders } from '../../../../src/core/insights/patterns/restatedOrders';
import type { PatternKind } from '../../../../src/core/insights/patterns/patternFeatures';
import type { SuccessPattern } from '../../../../src/core/insights/patterns/successPatterns';

function pattern(kind: PatternKind, subjects: string[], oddsRatio: number): SuccessPattern {
  const id = kind === 'order' ? `order:${subjects[0]}>${subjects[1]}` : `${kind}:${subjects[0]}`;
  return {
    feature: { id, kind, subjects },
    label: id,
    stageId: undefined,
    table: { a: 1, b: 1, c: 1, d: 1 },
    support: 0.5,
    winRateWith: 0.5,
    winRateWithout: 0.5,
    lift: 1,
    oddsRatio: { oddsRatio, lower: oddsRatio, upper: oddsRatio, corrected: false, spansOne: false },
    pValue: 0.5,
    evidence: 'weak',
    direction: oddsRatio > 1 ? 'helps' : oddsRatio < 1 ? 'hurts' : 'neutral',
    sentence: ''
  };
}

describe('withoutRestatedOrders', () => {
  it('keeps an ordering only when it separates more than each of its exchanges', () => {
    const kept = withoutRestatedOrders([
      pattern('exchange', ['a'], 4),
      pattern('order', ['a', 'b'], 3), // weaker than doing a at all: restated
      pattern('exchange', ['b'], 2),
      pattern('order', ['b', 'a'], 5), // stronger than both: news
      pattern('order', ['a', 'c'], 4.5), // c not reported: only a sets the bar
      pattern('exchange', ['h'], 0.5),
      pattern('order', ['h', 'b'], 0.4), // hurts more than h does, and b helps: news
      pattern('order', ['b', 'h'], 0.6), // hurts less than h alone: restated
      pattern('order', ['c', 'd'], 1), // no effect at all and no bar: nothing to say
      pattern('role', ['r'], 1.5)
    ]);
    expect(kept.map((p) => p.feature.id)).toEqual(['exchange:a', 'exchange:b', 'order:b>a', 'order:a>c', 'exchange:h', 'order:h>b', 'order:c>d', 'role:r']);
  });
});
