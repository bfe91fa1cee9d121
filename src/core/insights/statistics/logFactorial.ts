/** Below this n, ln(n!) is summed exactly; above, Stirling's series is exact to double precision. */
const EXACT_UP_TO = 256;

/**
 * ln(k!) for k = 0..256, summed once in the same order as a sum for one k would be (so each entry is
 * that sum to the last bit). Fisher's exact test asks for thousands of these per table, and every
 * success-pattern ranking tests hundreds of tables.
 */
const EXACT: readonly number[] = (() => {
  const table = [0, 0];
  let sum = 0;
  for (let i = 2; i <= EXACT_UP_TO; i++) {
    sum += Math.log(i);
    table.push(sum);
  }
  return table;
})();

/**
 * ln(n!) for a non-negative integer n, summed exactly for n ≤ 256 and by Stirling's series above
 * (relative error below 1e-15 there), so hypergeometric probabilities of large tables never overflow.
 */
export function logFactorial(n: number): number {
  if (n < 0 || !Number.isInteger(n)) return NaN;
  if (n <= EXACT_UP_TO) return EXACT[n];
  const inv = 1 / n;
  const inv2 = inv * inv;
  return (
    n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)))
  );
}
