import { describePattern, type ScoringEvaluation, type ScoringModel } from '../../../core/insights';
import { ModelTooLargeError } from '../../../services';
import type { ModelRecord, ModelStatus, NewModelRecord, PatternSummary, StoredPattern } from '../../../services';
import { listTitle, MODEL_STATUSES, ScoringModelFields as F } from '../schema';
import { contextOf, dateValue, isRecord, itemIdOf, readChoice, readJson, readNumber, readText, requireDate, requireText, type SpItem } from './fieldValues';

export const SCORING_MODEL_SELECT: readonly string[] = ['Id', 'Title', ...Object.values(F)];

/** A multi-line plain text column holds at most 63,999 characters in SharePoint Online. */
export const MAX_MODEL_COLUMN_CHARS: number = 63_999;

/** A stored pattern without its sentence, which is rebuilt on reading (see patternWithSentence). */
type PatternWithoutSentence = Omit<StoredPattern, 'sentence'> & { readonly sentence?: string };

/**
 * The patterns as JSON, cut to the strongest that fit one column: they are ranked, so the ones left
 * out are the weakest; `found` keeps the number before the cut. The plain-language sentences are
 * left out (they follow from the label, table and statistics, and are rebuilt when read), which
 * leaves room for the per-segment tables the page filters with.
 */
export function patternsJson(summary: PatternSummary, limit: number = MAX_MODEL_COLUMN_CHARS): string {
  // Only patterns carry a `sentence` key in a summary.
  const lean = (value: PatternSummary): string => JSON.stringify(value, (key, v: unknown) => (key === 'sentence' ? undefined : v));
  let kept = summary.patterns.length;
  let text = lean(summary);
  while (text.length > limit && kept > 0) {
    // Shrink in proportion to the overshoot, at least one pattern per round.
    kept = Math.min(kept - 1, Math.floor((kept * limit) / text.length));
    text = lean({ ...summary, patterns: summary.patterns.slice(0, Math.max(0, kept)) });
  }
  return text;
}

/** A pattern read back, with its sentence rebuilt exactly as successPatterns wrote it (items written before kept theirs). */
function patternWithSentence(p: PatternWithoutSentence): StoredPattern {
  return { ...p, sentence: p.sentence ?? describePattern(p.label, p.table, p.oddsRatio, p.pValue, p.evidence, p.stageName) };
}

function bounded(part: 'model' | 'evaluation', value: unknown): string {
  const text = JSON.stringify(value);
  if (text.length > MAX_MODEL_COLUMN_CHARS) throw new ModelTooLargeError(part, text.length, MAX_MODEL_COLUMN_CHARS);
  return text;
}

/**
 * The full body of a new ScoringModels item, always `stored`.
 * @throws ModelTooLargeError when the model or its evaluation exceeds one column (patterns are cut instead)
 */
export function newModelToItem(record: NewModelRecord): Record<string, unknown> {
  return {
    Title: record.label.slice(0, 255),
    [F.modelId]: record.modelId,
    [F.status]: 'stored',
    [F.trainedAt]: dateValue(record.trainedAt),
    [F.trainedBy]: record.trainedBy ?? null,
    [F.blueprintId]: record.blueprintId,
    [F.blueprintVersion]: record.blueprintVersion,
    [F.windowFrom]: dateValue(record.window.from),
    [F.windowTo]: dateValue(record.window.to),
    [F.modelJson]: bounded('model', record.model),
    [F.evaluationJson]: record.evaluation === undefined ? null : bounded('evaluation', record.evaluation),
    [F.patternsJson]: record.patterns === undefined ? null : patternsJson(record.patterns)
  };
}

/** The MERGE body that changes only the status. */
export function modelStatusToItem(status: ModelStatus): Record<string, unknown> {
  return { [F.status]: status };
}

const checkModel = (value: unknown): string | undefined =>
  isRecord(value) && (value.model === 'logistic' || value.model === 'blueprint-distance') && isRecord(value.trainedOn)
    ? undefined
    : 'is not a scoring model (needs "model": "logistic" or "blueprint-distance" and "trainedOn")';
const checkEvaluation = (value: unknown): string | undefined =>
  isRecord(value) && isRecord(value.modelMetrics) && isRecord(value.baselineMetrics) && Array.isArray(value.byStage) ? undefined : 'is not a scoring evaluation';
const checkPatterns = (value: unknown): string | undefined =>
  isRecord(value) && Array.isArray(value.patterns) && typeof value.won === 'number' && typeof value.lost === 'number' ? undefined : 'is not a pattern summary';

/** @throws StoredDataError for a missing key, status or model, or JSON that is not what the column holds */
export function itemToModelRecord(item: SpItem): ModelRecord {
  const ctx = contextOf(listTitle('models'), item);
  const modelId = requireText(item, F.modelId, ctx);
  const trainedAt = requireDate(item, F.trainedAt, ctx);
  const trainedBy = readText(item, F.trainedBy, ctx);
  const model = readJson<ScoringModel>(item, F.modelJson, checkModel, ctx);
  if (model === undefined) requireText(item, F.modelJson, ctx);
  const evaluation = readJson<ScoringEvaluation>(item, F.evaluationJson, checkEvaluation, ctx);
  const read = readJson<Omit<PatternSummary, 'patterns'> & { readonly patterns: readonly PatternWithoutSentence[] }>(item, F.patternsJson, checkPatterns, ctx);
  const patterns: PatternSummary | undefined = read === undefined ? undefined : { ...read, patterns: read.patterns.map(patternWithSentence) };
  return {
    modelId,
    label: readText(item, 'Title', ctx) ?? modelId,
    status: readChoice(item, F.status, MODEL_STATUSES as readonly ModelStatus[], ctx) ?? 'stored',
    trainedAt,
    ...(trainedBy !== undefined ? { trainedBy } : {}),
    blueprintId: requireText(item, F.blueprintId, ctx),
    blueprintVersion: readNumber(item, F.blueprintVersion, ctx) ?? 0,
    window: { from: requireDate(item, F.windowFrom, ctx), to: requireDate(item, F.windowTo, ctx) },
    model: model as ScoringModel,
    ...(evaluation !== undefined ? { evaluation } : {}),
    ...(patterns !== undefined ? { patterns } : {}),
    itemId: itemIdOf(item) ?? 0
  };
}
