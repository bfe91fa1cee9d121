/**
 * View models of the Sales Insights page: a stored model and its evaluation in plain words, the
 * calibration table, and the success patterns filtered for reading. Pure; formatting by locale.
 */
import type { ScorerMetrics, ScoringEvaluation, EvidenceLevel } from '../../../core/insights';
import { PATTERN_SIZE_BANDS } from '../../../services';
import type { ModelRecord, PatternSegmentFilter, PatternSummary, StoredPattern } from '../../../services';
import { insightsStringsFor, type SeparationLevel } from '../../i18n/insights';

const percent = (value: number, locale: string): string => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
const decimal = (value: number | undefined, locale: string, fallback: string): string =>
  value === undefined ? fallback : new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
const day = (ms: number, locale: string): string => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(ms);

/**
 * How well an AUC separates won from lost, in words: below 0.55 chance, below 0.65 weak, below 0.75
 * fair, below 0.85 good, otherwise strong (the usual reading of ROC areas, one band lower at the top
 * because stage-entry scores are made early, before most of a deal has happened).
 */
export function separationLevel(auc: number): SeparationLevel {
  if (auc < 0.55) return 'chance';
  if (auc < 0.65) return 'weak';
  if (auc < 0.75) return 'fair';
  if (auc < 0.85) return 'good';
  return 'strong';
}

export interface FigureRow {
  readonly key: 'auc' | 'brier' | 'logLoss';
  readonly label: string;
  readonly model: string;
  readonly baseline: string;
}

export interface CalibrationRow {
  /** e.g. `70–80 %`. */
  readonly range: string;
  readonly entries: number;
  readonly predicted: string;
  readonly observed: string;
  /** 0..1, for the bars. */
  readonly predictedShare: number;
  readonly observedShare: number;
  readonly sentence: string;
}

export interface EvaluationView {
  readonly intro: string;
  /** Absent when the AUC is undefined (one outcome only among the test deals). */
  readonly separation?: string;
  readonly figures: readonly FigureRow[];
  readonly calibration: readonly CalibrationRow[];
}

function bandLabel(lower: number, upper: number, locale: string): string {
  const from = Math.round(lower * 100);
  const to = Math.round(upper * 100);
  return locale.toLowerCase().startsWith('de') ? `${from}–${to}\u00a0%` : `${from}–${to}%`;
}

/** Non-empty calibration bins as rows with a plain sentence each ("of the deals we gave 70–80%, 74% were won"). */
export function calibrationRows(metrics: ScorerMetrics, locale: string): CalibrationRow[] {
  const strings = insightsStringsFor(locale);
  return metrics.calibration
    .filter((bin) => bin.count > 0 && bin.meanPredicted !== undefined && bin.observedRate !== undefined)
    .map((bin) => {
      const range = bandLabel(bin.lower, bin.upper, locale);
      const observed = percent(bin.observedRate ?? 0, locale);
      return {
        range,
        entries: bin.count,
        predicted: percent(bin.meanPredicted ?? 0, locale),
        observed,
        predictedShare: bin.meanPredicted ?? 0,
        observedShare: bin.observedRate ?? 0,
        sentence: strings.calibrationSentence(range, observed, bin.count)
      };
    });
}

/** The evaluation in plain words: what was tested, how well the score separates, the figures against the stage-only baseline, and the calibration. */
export function evaluationView(evaluation: ScoringEvaluation, locale: string): EvaluationView {
  const strings = insightsStringsFor(locale);
  const m = evaluation.modelMetrics;
  const b = evaluation.baselineMetrics;
  const na = strings.notAvailable;
  return {
    intro: strings.evaluationIntro(day(evaluation.cutDate, locale), day(evaluation.now, locale), evaluation.test.won, evaluation.test.lost, evaluation.snapshots.won + evaluation.snapshots.lost),
    ...(m.auc !== undefined
      ? { separation: strings.separation(percent(m.auc, locale), strings.separationLevels[separationLevel(m.auc)], b.auc === undefined ? na : percent(b.auc, locale)) }
      : {}),
    figures: [
      { key: 'auc', label: strings.auc, model: decimal(m.auc, locale, na), baseline: decimal(b.auc, locale, na) },
      { key: 'brier', label: `${strings.brier} (${strings.lowerIsBetter})`, model: decimal(m.brier, locale, na), baseline: decimal(b.brier, locale, na) },
      { key: 'logLoss', label: `${strings.logLoss} (${strings.lowerIsBetter})`, model: decimal(m.logLoss, locale, na), baseline: decimal(b.logLoss, locale, na) }
    ],
    calibration: calibrationRows(m, locale)
  };
}

export interface ModelView {
  readonly modelId: string;
  readonly label: string;
  readonly inUse: boolean;
  readonly kind: string;
  readonly trainedOn: string;
  readonly trainedAt: string;
  readonly window: string;
  readonly blueprint: string;
  /** Warnings in plain words: too few deals for the learnt model, another blueprint version. */
  readonly notes: readonly string[];
  readonly evaluation?: EvaluationView;
  /** Why there is no evaluation. */
  readonly noEvaluation?: string;
}

/**
 * One stored model for the page.
 * @param published the published blueprint's name and version, to say when the model was trained on another version
 * @param minPerClass won and lost deals the learnt model needs
 */
export function modelView(record: ModelRecord, locale: string, published: { readonly name: string; readonly version: number } | undefined, minPerClass: number): ModelView {
  const strings = insightsStringsFor(locale);
  const logistic = record.model.model === 'logistic';
  const { won, lost } = record.model.trainedOn;
  const notes: string[] = [];
  if (!logistic) notes.push(strings.tooFew(won, lost, minPerClass));
  if (published !== undefined && published.version !== record.blueprintVersion) notes.push(strings.otherVersion(record.blueprintVersion, published.version));
  if (logistic && record.evaluation?.model === 'blueprint-distance') notes.push(strings.testedFallback(record.evaluation.train.won, record.evaluation.train.lost, minPerClass));
  return {
    modelId: record.modelId,
    label: record.label,
    inUse: record.status === 'in-use',
    kind: strings.modelKind(logistic),
    trainedOn: strings.trainedOn(won, lost),
    trainedAt: strings.trainedAt(day(record.trainedAt, locale), record.trainedBy),
    window: strings.window(day(record.window.from, locale), day(record.window.to, locale)),
    blueprint: strings.blueprintVersion(published?.name ?? record.blueprintId, record.blueprintVersion),
    notes,
    ...(record.evaluation !== undefined ? { evaluation: evaluationView(record.evaluation, locale) } : { noEvaluation: strings.noEvaluation })
  };
}

export interface PatternFilter extends PatternSegmentFilter {
  readonly evidence: EvidenceLevel | 'all';
  readonly direction: 'helps' | 'hurts' | 'all';
}

/** The size band names, e.g. `below 10,000`, `10,000 to under 100,000`, `1,000,000 and more`. */
export function sizeBandLabels(locale: string): string[] {
  const strings = insightsStringsFor(locale);
  const n = (value: number): string => new Intl.NumberFormat(locale).format(value);
  const edges = PATTERN_SIZE_BANDS;
  return [strings.sizeBelow(n(edges[0])), ...edges.slice(1).map((to, i) => strings.sizeBetween(n(edges[i]), n(to))), strings.sizeFrom(n(edges[edges.length - 1]))];
}

export interface PatternRow {
  readonly key: string;
  readonly label: string;
  readonly evidence: EvidenceLevel;
  readonly evidenceText: string;
  readonly direction: 'helps' | 'hurts' | 'neutral';
  /** e.g. `won 69% with, 27% without · among deals that reached Propose`. */
  readonly rates: string;
  /** e.g. `odds ratio 6.00 (95% CI 1.71–21.0), p = 0.008`. */
  readonly statistics: string;
  /** The full English sentence (en-US only; other locales read the rates and statistics). */
  readonly sentence?: string;
}

const ratio = (value: number, locale: string): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: value >= 100 ? 0 : value >= 10 ? 1 : 2, minimumFractionDigits: value >= 100 ? 0 : value >= 10 ? 1 : 2 }).format(value);

/** The patterns that pass `filter`, in their stored (strongest first) order, as rows to read. */
export function patternRows(summary: PatternSummary, filter: PatternFilter, locale: string): PatternRow[] {
  const strings = insightsStringsFor(locale);
  const english = !locale.toLowerCase().startsWith('de');
  return summary.patterns
    .filter((p) => (filter.evidence === 'all' || p.evidence === filter.evidence) && (filter.direction === 'all' || p.direction === filter.direction))
    .map((p: StoredPattern) => {
      const rates = strings.winRateWithWithout(p.winRateWith === undefined ? strings.notAvailable : percent(p.winRateWith, locale), p.winRateWithout === undefined ? strings.notAvailable : percent(p.winRateWithout, locale));
      const p3 = p.pValue < 0.001 ? 'p < 0,001' : `p = ${new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(p.pValue)}`;
      const pText = english ? p3.replace('0,001', '0.001') : p3;
      return {
        key: p.featureId,
        label: p.label,
        evidence: p.evidence,
        evidenceText: strings.evidence[p.evidence],
        direction: p.direction,
        rates: p.stageName === undefined ? rates : `${rates} · ${strings.stageReached(p.stageName)}`,
        statistics: `OR ${ratio(p.oddsRatio.oddsRatio, locale)} (95% CI ${ratio(p.oddsRatio.lower, locale)}–${ratio(p.oddsRatio.upper, locale)}), ${pText}`,
        ...(english ? { sentence: p.sentence } : {})
      };
    });
}
