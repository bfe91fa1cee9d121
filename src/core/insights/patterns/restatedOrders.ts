import type { SuccessPattern } from './successPatterns';

/**
 * Leaves out `order` patterns (A before B) that only restate their exchanges, keeping the rest in
 * their given order. Doing A at all is usually most of what "A before B" measures: in a ranking by
 * p-value, twenty orderings that start with the economic buyer meeting push every other finding
 * off the page while saying nothing new. An ordering is kept only when its odds ratio is further
 * from 1, in its own direction, than the odds ratio of EACH of its two exchanges reported alongside
 * it (an exchange missing from `patterns`, e.g. because every deal did it, sets no bar).
 * Odds ratios are compared on the log scale, so 0.5 and 2 are equally far from 1.
 */
export function withoutRestatedOrders(patterns: readonly SuccessPattern[]): SuccessPattern[] {
  const exchangeStrength = new Map(
    patterns.filter((p) => p.feature.kind === 'exchange').map((p) => [p.feature.subjects[0], Math.log(p.oddsRatio.oddsRatio)])
  );
  return patterns.filter((p) => {
    if (p.feature.kind !== 'order') return true;
    const own = Math.log(p.oddsRatio.oddsRatio);
    return p.feature.subjects.every((id) => {
      const bar = exchangeStrength.get(id);
      return bar === undefined || (own > 0 ? own > bar : own < 0 && own < bar);
    });
  });
}
