/**
 * The demo's ground truth: how behaviour drives outcomes. A closed deal is won with probability
 *
 *   p = 1 / (1 + exp(-(b0 + b1*EB + b2*BC + b3*MT + b4*LATE + b5*SEC + e))),  e ~ Normal(0, 0.6)
 *
 * with the TRUE coefficients
 *   b0 (intercept)                         = -2.5
 *   b1 EB   economic buyer meeting (T05)   = +1.4
 *   b2 BC   business case / ROI (T14)      = +0.9
 *   b3 MT   multi-threaded (>= 3 customer roles engaged before Propose) = +0.8
 *   b4 LATE a third or more of the pre-Propose exchanges after their due date = -1.0
 *   b5 SEC  security questionnaire answered (T13) = +0.4
 * and e a per-deal noise term (what no behaviour explains: budget cuts, competitors, luck).
 * A deal that is not won ends as no-decision with probability 0.2 (+0.25 without an economic buyer
 * meeting: nobody owned the decision), otherwise lost. Analysis of the demo data should recover the
 * directions and rough sizes of these effects.
 */

export interface DealBehaviour {
  readonly economicBuyer: boolean;
  readonly businessCase: boolean;
  readonly multiThreaded: boolean;
  readonly late: boolean;
  readonly securityReview: boolean;
}

export const TRUE_COEFFICIENTS = {
  intercept: -2.5,
  economicBuyer: 1.4,
  businessCase: 0.9,
  multiThreaded: 0.8,
  late: -1.0,
  securityReview: 0.4,
  noiseSd: 0.6
} as const;

/**
 * Win probability of a deal (0..1) under the true model.
 * @param noise the deal's draw of e, already scaled (Normal(0, noiseSd)); 0 gives the systematic part
 */
export function winProbability(behaviour: DealBehaviour, noise: number): number {
  const c = TRUE_COEFFICIENTS;
  const logit =
    c.intercept +
    (behaviour.economicBuyer ? c.economicBuyer : 0) +
    (behaviour.businessCase ? c.businessCase : 0) +
    (behaviour.multiThreaded ? c.multiThreaded : 0) +
    (behaviour.late ? c.late : 0) +
    (behaviour.securityReview ? c.securityReview : 0) +
    noise;
  return 1 / (1 + Math.exp(-logit));
}

/** Probability that a deal which is not won ends without a decision rather than lost. */
export function noDecisionShare(behaviour: DealBehaviour): number {
  return behaviour.economicBuyer ? 0.2 : 0.45;
}
