import { InsufficientDataError } from '../errors';
import { scorerContributions, scorerProbability, trainLogisticScorer, type LogisticScorer } from '../scoring/logisticScorer';
import type { ScoreContribution } from '../scoring/scoringModel';
import { encodeLead, isMissingValue, leadFeatureNames, learnLeadEncoding, type LeadColumn, type LeadEncoding, type LeadRow } from './leadEncoding';

export interface LeadScoringOptions {
  readonly columns: readonly LeadColumn[];
  /** Column holding the outcome; a missing value (see isMissingValue) means "not known yet". */
  readonly outcomeColumn: string;
  /** Outcome values meaning converted (trimmed, case-insensitive), default `converted`, `yes`, `true`, `1`. */
  readonly convertedValues?: readonly string[];
  readonly decimalSeparator: '.' | ',';
  /** See learnLeadEncoding; default 5. */
  readonly minLevelCount?: number;
  /** L2 penalty on standardised weights, default 1. */
  readonly lambda?: number;
  /** Share of the last known-outcome rows (callers pass rows in time order) held out for Platt scaling, default 0.2. */
  readonly holdOutShare?: number;
}

export interface LeadScoringModel {
  readonly encoding: LeadEncoding;
  readonly featureNames: readonly string[];
  readonly scorer: LogisticScorer;
  readonly convertedValues: readonly string[];
  readonly outcomeColumn: string;
  readonly trainedOn: { readonly converted: number; readonly notConverted: number };
}

export interface LeadScore {
  /** 0-based index of the row in the table given to scoreLeads. */
  readonly row: number;
  readonly probability: number;
  /** round(100 · probability). */
  readonly score: number;
  /** Largest magnitude first; contributions under 0.05 points are left out. */
  readonly contributions: readonly ScoreContribution[];
}

const DEFAULT_CONVERTED = ['converted', 'yes', 'true', '1'];
const MIN_POINTS = 0.05;

/**
 * Trains lead scoring with the same engine as opportunities (standardise, L2 logistic regression,
 * Platt scaling on the latest rows; see trainLogisticScorer) on the rows whose outcome is known: a
 * `convertedValues` value is converted, any other non-missing value is not converted. Rows with a
 * missing outcome are the ones to score, not training data.
 * @throws InsufficientDataError without at least one converted and one not-converted lead
 */
export function trainLeadScoring(rows: readonly LeadRow[], options: LeadScoringOptions): LeadScoringModel {
  const converted = (options.convertedValues ?? DEFAULT_CONVERTED).map((v) => v.trim().toLowerCase());
  const known = rows.filter((row) => !isMissingValue(row[options.outcomeColumn]));
  const outcomes = known.map((row) => converted.includes((row[options.outcomeColumn] ?? '').trim().toLowerCase()));
  const positives = outcomes.filter((o) => o).length;
  if (positives === 0 || positives === outcomes.length) {
    throw new InsufficientDataError('Lead scoring needs at least one converted and one not-converted lead.', positives, outcomes.length - positives);
  }
  const encoding = learnLeadEncoding(known, options.columns, { decimalSeparator: options.decimalSeparator, minLevelCount: options.minLevelCount });
  const scorer = trainLogisticScorer(
    known.map((row, i) => encodeLead(encoding, row, i)),
    outcomes,
    { lambda: options.lambda, holdOutShare: options.holdOutShare }
  );
  return {
    encoding,
    featureNames: leadFeatureNames(encoding),
    scorer,
    convertedValues: converted,
    outcomeColumn: options.outcomeColumn,
    trainedOn: { converted: positives, notConverted: outcomes.length - positives }
  };
}

/** A phrase for a lead feature at a value, e.g. `Source is Webinar`, `Source not given`, `Employees 120`. */
export function leadFeatureLabel(name: string, value: number): string {
  const eq = name.indexOf('=');
  if (eq >= 0) {
    const column = name.slice(0, eq);
    const level = name.slice(eq + 1);
    if (level === '(other)') return value > 0 ? `${column} is a rare or new value` : `${column} is a common value`;
    return value > 0 ? `${column} is ${level}` : `${column} is not ${level}`;
  }
  if (name.endsWith(':missing')) {
    const column = name.slice(0, -':missing'.length);
    return value > 0 ? `${column} not given` : `${column} given`;
  }
  return `${name} ${Number.isInteger(value) ? value : value.toFixed(2)}`;
}

/**
 * Scores leads: by default only the rows whose outcome is missing (pass `all: true` to score every
 * row). Contributions are points against the average lead (see scorerContributions).
 */
export function scoreLeads(model: LeadScoringModel, rows: readonly LeadRow[], options: { readonly all?: boolean } = {}): LeadScore[] {
  const result: LeadScore[] = [];
  rows.forEach((row, index) => {
    if (!options.all && !isMissingValue(row[model.outcomeColumn])) return;
    const vector = encodeLead(model.encoding, row, index);
    const probability = scorerProbability(model.scorer, vector);
    const points = scorerContributions(model.scorer, vector);
    const contributions = model.featureNames
      .map((feature, j) => ({ feature, label: leadFeatureLabel(feature, vector[j]), value: vector[j], points: points[j] }))
      .filter((c) => Math.abs(c.points) >= MIN_POINTS)
      .sort((x, y) => Math.abs(y.points) - Math.abs(x.points) || (x.feature < y.feature ? -1 : x.feature > y.feature ? 1 : 0));
    result.push({ row: index, probability, score: Math.round(100 * probability), contributions });
  });
  return result;
}
