/**
 * Where to cut the site's history in time for an honest evaluation: the most recently closed deals
 * test a model trained on the ones before. Pure.
 */

/** Default share of closed deals (the latest) that test the model. */
export const DEFAULT_TEST_SHARE: number = 0.25;

/** At least this many closed deals on each side of the cut; fewer gives no evaluation. */
export const MIN_SPLIT_DEALS: number = 10;

/**
 * The cut date (epoch ms) that leaves the latest `testShare` of `closeTimes` (those at or before
 * `now`) on the test side: the close time of the first test deal, so deals closed before it train.
 * Deals closed at the same instant stay on one side (the cut moves later to keep them together).
 *
 * Edge cases: `undefined` when either side would have fewer than {@link MIN_SPLIT_DEALS} deals.
 * @param testShare in (0, 1), default 0.25
 */
export function timeSplitCutDate(closeTimes: readonly number[], now: number, testShare: number = DEFAULT_TEST_SHARE): number | undefined {
  const times = closeTimes.filter((t) => t <= now).sort((a, b) => a - b);
  let first = Math.ceil(times.length * (1 - testShare));
  while (first > 0 && first < times.length && times[first] === times[first - 1]) first++;
  if (first < MIN_SPLIT_DEALS || times.length - first < MIN_SPLIT_DEALS) return undefined;
  return times[first];
}
