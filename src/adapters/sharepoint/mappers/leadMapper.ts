import type { LeadColumn, LeadScoringModel } from '../../../core/insights';
import type { Lead, LeadModelRecord, LeadOutcome, LeadRecord, StoredLeadScore } from '../../../services';
import { LEAD_GRADES, LEAD_OUTCOMES, LeadFields as F, listTitle, ScoringModelFields as M } from '../schema';
import { contextOf, dateValue, isRecord, itemIdOf, readChoice, readDate, readJson, readNumber, readText, requireDate, requireText, type SpItem } from './fieldValues';
import { MAX_MODEL_COLUMN_CHARS } from './scoringModelMapper';
import { ModelTooLargeError } from '../../../services';

export const LEAD_SELECT: readonly string[] = ['Id', 'Title', ...Object.values(F)];

/** Lead models share the ScoringModels list with the opportunity models; their ids start so. */
export const LEAD_MODEL_PREFIX: string = 'lead-';

/** True for a ScoringModels item that holds a lead model (the opportunity registry leaves those out). */
export function isLeadModelItem(item: SpItem): boolean {
  const id = item[M.modelId];
  return typeof id === 'string' && id.startsWith(LEAD_MODEL_PREFIX);
}

/** The lead's own columns (never the score: importing again keeps the last score until re-scoring). */
export function leadToItem(lead: Lead, importedAt: number): Record<string, unknown> {
  return {
    Title: lead.name.slice(0, 255),
    [F.leadId]: lead.id,
    [F.outcome]: lead.outcome,
    [F.features]: JSON.stringify(lead.features),
    [F.importedAt]: dateValue(importedAt)
  };
}

/** The MERGE body of a lead's score. */
export function leadScoreToItem(scored: StoredLeadScore): Record<string, unknown> {
  return {
    [F.score]: scored.score,
    [F.grade]: scored.grade,
    [F.reasons]: JSON.stringify(scored.reasons),
    [F.model]: scored.modelId,
    [F.scoredAt]: dateValue(scored.scoredAt)
  };
}

const checkFeatures = (value: unknown): string | undefined =>
  isRecord(value) && Object.values(value).every((v) => typeof v === 'string') ? undefined : 'is not an object of column names to text';
const checkReasons = (value: unknown): string | undefined => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'is not a list of reasons');

/** @throws StoredDataError for a missing lead id, an unknown outcome or grade, or JSON that is not what the column holds */
export function itemToLead(item: SpItem): LeadRecord {
  const ctx = contextOf(listTitle('leads'), item);
  const id = requireText(item, F.leadId, ctx);
  const outcome = readChoice(item, F.outcome, LEAD_OUTCOMES as readonly LeadOutcome[], ctx) ?? 'open';
  const features = readJson<Record<string, string>>(item, F.features, checkFeatures, ctx) ?? {};
  const score = readNumber(item, F.score, ctx);
  const grade = readChoice(item, F.grade, LEAD_GRADES as readonly StoredLeadScore['grade'][], ctx);
  const modelId = readText(item, F.model, ctx);
  const scoredAt = readDate(item, F.scoredAt, ctx);
  const scored: StoredLeadScore | undefined =
    score !== undefined && grade !== undefined && modelId !== undefined && scoredAt !== undefined
      ? { score, grade, reasons: readJson<string[]>(item, F.reasons, checkReasons, ctx) ?? [], modelId, scoredAt }
      : undefined;
  return { itemId: itemIdOf(item) ?? 0, id, name: readText(item, 'Title', ctx) ?? id, outcome, features, ...(scored ? { scored } : {}) };
}

function bounded(part: 'model' | 'evaluation', value: unknown): string {
  const text = JSON.stringify(value);
  if (text.length > MAX_MODEL_COLUMN_CHARS) throw new ModelTooLargeError(part, text.length, MAX_MODEL_COLUMN_CHARS);
  return text;
}

/**
 * A lead model as a ScoringModels item: always `stored`, so the opportunity model in use stays the one
 * in use; the newest lead model is the one leads are scored with. The model JSON holds the model and
 * its feature columns; the blueprint columns say `leads` and 0 (a lead model rests on no blueprint).
 * @throws ModelTooLargeError when the model exceeds one column
 */
export function leadModelToItem(record: LeadModelRecord): Record<string, unknown> {
  return {
    Title: record.label.slice(0, 255),
    [M.modelId]: record.modelId,
    [M.status]: 'stored',
    [M.trainedAt]: dateValue(record.trainedAt),
    [M.trainedBy]: record.trainedBy ?? null,
    [M.blueprintId]: 'leads',
    [M.blueprintVersion]: 0,
    [M.windowFrom]: dateValue(record.trainedAt),
    [M.windowTo]: dateValue(record.trainedAt),
    [M.modelJson]: bounded('model', { kind: 'lead', model: record.model, columns: record.columns }),
    [M.evaluationJson]: record.evaluation === undefined ? null : bounded('evaluation', record.evaluation),
    [M.patternsJson]: null
  };
}

const checkLeadModel = (value: unknown): string | undefined =>
  isRecord(value) && value.kind === 'lead' && isRecord(value.model) && Array.isArray(value.columns) ? undefined : 'is not a lead model (needs "kind": "lead", "model" and "columns")';
const checkLeadEvaluation = (value: unknown): string | undefined => (isRecord(value) && isRecord(value.tested) ? undefined : 'is not a lead model evaluation');

/** @throws StoredDataError for a missing id, time or model, or JSON that is not a lead model */
export function itemToLeadModel(item: SpItem): LeadModelRecord {
  const ctx = contextOf(listTitle('models'), item);
  const modelId = requireText(item, M.modelId, ctx);
  const trainedBy = readText(item, M.trainedBy, ctx);
  const stored = readJson<{ model: LeadScoringModel; columns: LeadColumn[] }>(item, M.modelJson, checkLeadModel, ctx);
  if (stored === undefined) requireText(item, M.modelJson, ctx);
  const evaluation = readJson<NonNullable<LeadModelRecord['evaluation']>>(item, M.evaluationJson, checkLeadEvaluation, ctx);
  return {
    modelId,
    label: readText(item, 'Title', ctx) ?? modelId,
    trainedAt: requireDate(item, M.trainedAt, ctx),
    ...(trainedBy !== undefined ? { trainedBy } : {}),
    model: (stored as { model: LeadScoringModel }).model,
    columns: (stored as { columns: LeadColumn[] }).columns,
    ...(evaluation !== undefined ? { evaluation } : {})
  };
}
