/**
 * A 2x2 table of a binary feature against a binary outcome (won / lost):
 *
 * |              | won | lost |
 * |--------------|-----|------|
 * | with feature |  a  |  b   |
 * | without      |  c  |  d   |
 */
export interface ContingencyTable {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

/** One case as a 2x2 table sees it. */
export interface FeatureOutcome {
  readonly present: boolean;
  readonly won: boolean;
}

/** Counts cases into a 2x2 table. An empty input gives a table of zeros. */
export function contingencyTable(cases: readonly FeatureOutcome[]): ContingencyTable {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (const item of cases) {
    if (item.present) {
      if (item.won) a++;
      else b++;
    } else if (item.won) c++;
    else d++;
  }
  return { a, b, c, d };
}

/** Share of all cases that have the feature, in [0, 1]; 0 for an empty table. */
export function support(table: ContingencyTable): number {
  const n = table.a + table.b + table.c + table.d;
  return n === 0 ? 0 : (table.a + table.b) / n;
}

/** Win rates with and without the feature, in [0, 1]; `undefined` when the group is empty. */
export interface WinRates {
  readonly withFeature: number | undefined;
  readonly withoutFeature: number | undefined;
}

/** Win rate among cases with the feature (a / (a + b)) and without it (c / (c + d)). */
export function winRates(table: ContingencyTable): WinRates {
  const withCount = table.a + table.b;
  const withoutCount = table.c + table.d;
  return {
    withFeature: withCount === 0 ? undefined : table.a / withCount,
    withoutFeature: withoutCount === 0 ? undefined : table.c / withoutCount
  };
}

/**
 * Win-rate lift: win rate with the feature divided by the win rate without it.
 * `undefined` when either group is empty; `Infinity` when nobody without the feature won but some
 * with it did (the sentence layer reports that as "only deals with it won").
 */
export function winRateLift(table: ContingencyTable): number | undefined {
  const rates = winRates(table);
  if (rates.withFeature === undefined || rates.withoutFeature === undefined) return undefined;
  if (rates.withoutFeature === 0) return rates.withFeature === 0 ? undefined : Infinity;
  return rates.withFeature / rates.withoutFeature;
}
