import type { ContingencyTable } from './contingencyTable';
import { logFactorial } from './logFactorial';

/**
 * R's fisher.test treats tables whose probability is within this relative distance of the observed
 * one as "as extreme"; without it floating-point noise drops tables that tie exactly.
 */
const RELATIVE_TOLERANCE = 1 + 1e-7;

/**
 * Two-sided Fisher exact test of independence for a 2x2 table, as R's `fisher.test(x)$p.value`:
 * the sum of the hypergeometric probabilities (margins fixed) of every table no more likely than the
 * observed one. Probabilities come from log-factorials, so large tables do not overflow.
 * Returns 1 for an empty table or when a margin is 0 (only one table is possible).
 */
export function fisherExactTest(table: ContingencyTable): number {
  const row1 = table.a + table.b;
  const row2 = table.c + table.d;
  const col1 = table.a + table.c;
  const n = row1 + row2;
  if (n === 0) return 1;
  const logConst = logFactorial(row1) + logFactorial(row2) + logFactorial(col1) + logFactorial(n - col1) - logFactorial(n);
  const logP = (x: number): number =>
    logConst - logFactorial(x) - logFactorial(row1 - x) - logFactorial(col1 - x) - logFactorial(row2 - col1 + x);
  const observed = logP(table.a);
  const lowest = Math.max(0, col1 - row2);
  const highest = Math.min(row1, col1);
  let p = 0;
  for (let x = lowest; x <= highest; x++) {
    const lp = logP(x);
    if (lp <= observed + Math.log(RELATIVE_TOLERANCE)) p += Math.exp(lp);
  }
  return Math.min(1, p);
}
