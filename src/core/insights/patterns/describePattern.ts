import type { Blueprint } from '../../model';
import type { ContingencyTable } from '../statistics/contingencyTable';
import type { OddsRatioEstimate } from '../statistics/oddsRatio';
import type { PatternFeature } from './patternFeatures';

export type EvidenceLevel = 'weak' | 'moderate' | 'strong';

/**
 * Grades the evidence for a pattern:
 * - `strong`: Fisher p < 0.01, the 95% interval excludes 1 and at least 30 won and 30 lost deals;
 * - `moderate`: p < 0.05, the interval excludes 1 and at least 10 won and 10 lost deals;
 * - `weak`: anything else. Small samples are always weak, however clean the split looks.
 */
export function evidenceLevel(pValue: number, estimate: OddsRatioEstimate, won: number, lost: number): EvidenceLevel {
  const smaller = Math.min(won, lost);
  if (estimate.spansOne || pValue >= 0.05 || smaller < 10) return 'weak';
  if (pValue < 0.01 && smaller >= 30) return 'strong';
  return 'moderate';
}

/** A readable name for a pattern, using the blueprint's deliverables and role names. */
export function patternLabel(feature: PatternFeature, blueprint: Blueprint, constraintLabels?: ReadonlyMap<string, string>): string {
  const roleName = (id: string): string => blueprint.roles.find((r) => r.id === id)?.name ?? id;
  const exchange = (id: string): string => {
    const t = blueprint.transactions.find((x) => x.id === id);
    return t ? `"${t.deliverable}" (${roleName(t.from)} → ${roleName(t.to)})` : `"${id}"`;
  };
  const deliverable = (id: string): string => `"${blueprint.transactions.find((x) => x.id === id)?.deliverable ?? id}"`;
  switch (feature.kind) {
    case 'exchange':
      return exchange(feature.subjects[0]);
    case 'order':
      return `${deliverable(feature.subjects[0])} before ${deliverable(feature.subjects[1])}`;
    case 'role':
      return `${roleName(feature.subjects[0])} involved`;
    case 'constraint':
      return `${constraintLabels?.get(feature.subjects[0]) ?? feature.subjects[0]} satisfied`;
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${Math.round((100 * part) / whole)}%`;
}

/** Ratios to two decimals below 10, one below 100, whole numbers above. */
export function formatRatio(value: number): string {
  if (!isFinite(value)) return '∞';
  if (value >= 100) return value.toFixed(0);
  return value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** `p < 0.001` or `p = 0.123`. */
export function formatP(pValue: number): string {
  return pValue < 0.001 ? 'p < 0.001' : `p = ${pValue.toFixed(3)}`;
}

/**
 * One plain-language sentence for a pattern, honest about weak evidence: it states the counts, the
 * odds ratio with its interval and Fisher's p, and for weak evidence names the sample ("5 won,
 * 5 lost") and says when the interval spans 1 (the data cannot tell help from harm).
 * @param stageName the stage the compared deals all reached, named first so a reader knows the
 *   denominator (e.g. `Among the 203 deals that reached Close, deals with ...`); omit for all closed deals
 */
export function describePattern(
  label: string,
  table: ContingencyTable,
  estimate: OddsRatioEstimate,
  pValue: number,
  level: EvidenceLevel,
  stageName?: string
): string {
  const won = table.a + table.c;
  const lost = table.b + table.d;
  const subject = stageName === undefined ? 'Deals' : `Among the ${won + lost} deals that reached ${stageName}, deals`;
  const rates =
    `${subject} with ${label} won ${table.a} of ${table.a + table.b} (${percent(table.a, table.a + table.b)}); ` +
    `without it ${table.c} of ${table.c + table.d} (${percent(table.c, table.c + table.d)}).`;
  const stats = `Odds ratio ${formatRatio(estimate.oddsRatio)} (95% CI ${formatRatio(estimate.lower)}–${formatRatio(estimate.upper)}), Fisher ${formatP(pValue)}.`;
  let verdict: string;
  if (level === 'weak') {
    const reasons: string[] = [];
    if (Math.min(won, lost) < 10) reasons.push('a small sample');
    if (estimate.spansOne) reasons.push('the interval spans 1, so this could be chance');
    else if (pValue >= 0.05) reasons.push('not significant at 5%');
    verdict = `Weak evidence (${won} won, ${lost} lost)${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}.`;
  } else {
    verdict = `${level === 'strong' ? 'Strong' : 'Moderate'} evidence (${won} won, ${lost} lost).`;
  }
  return `${rates} ${stats} ${verdict}`;
}
