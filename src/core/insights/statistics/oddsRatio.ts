import type { ContingencyTable } from './contingencyTable';

/** z for a two-sided 95% interval (qnorm(0.975)). */
const Z_95 = 1.959963984540054;

export interface OddsRatioEstimate {
  /** (a·d) / (b·c), after the Haldane-Anscombe correction when it was applied. */
  readonly oddsRatio: number;
  /** Lower bound of the 95% confidence interval (Woolf logit method). */
  readonly lower: number;
  /** Upper bound of the 95% confidence interval. */
  readonly upper: number;
  /** True when 0.5 was added to every cell because one cell was 0. */
  readonly corrected: boolean;
  /** True when the interval contains 1: the data cannot tell the feature helps or hurts. */
  readonly spansOne: boolean;
}

/**
 * Odds ratio of winning with vs without a feature, with a 95% confidence interval by Woolf's logit
 * method: exp(ln OR ± 1.96·sqrt(1/a + 1/b + 1/c + 1/d)). When any cell is 0 the Haldane-Anscombe
 * correction adds 0.5 to every cell so that the estimate and its interval stay finite.
 * An all-zero table gives OR 1 with the interval computed on the corrected cells (0.5 each).
 */
export function oddsRatio(table: ContingencyTable): OddsRatioEstimate {
  const corrected = table.a === 0 || table.b === 0 || table.c === 0 || table.d === 0;
  const k = corrected ? 0.5 : 0;
  const a = table.a + k;
  const b = table.b + k;
  const c = table.c + k;
  const d = table.d + k;
  const logOr = Math.log(a) + Math.log(d) - Math.log(b) - Math.log(c);
  const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  const lower = Math.exp(logOr - Z_95 * se);
  const upper = Math.exp(logOr + Z_95 * se);
  return { oddsRatio: Math.exp(logOr), lower, upper, corrected, spansOne: lower <= 1 && upper >= 1 };
}
