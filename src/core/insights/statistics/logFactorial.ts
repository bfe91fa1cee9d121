/**
 * ln(n!) for a non-negative integer n, summed exactly for n ≤ 256 and by Stirling's series above
 * (relative error below 1e-15 there), so hypergeometric probabilities of large tables never overflow.
 */
export function logFactorial(n: number): number {
  if (n < 0 || !Number.isInteger(n)) return NaN;
  if (n <= 256) {
    let sum = 0;
    for (let i = 2; i <= n; i++) sum += Math.log(i);
    return sum;
  }
  const inv = 1 / n;
  const inv2 = inv * inv;
  return (
    n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)))
  );
}
