import type { AnalysisSnapshot, DeviationEntry, DeviationSummary, ScoreReason } from '../../../services';
import { OpportunityFields as F } from '../schema';
import { dateValue, isRecord, orNull, readDate, readJson, readNumber, readText, type ItemContext, type SpItem } from './fieldValues';

/**
 * The deviation summary column's JSON: the summary plus the blueprint the analysis ran against.
 * `v` versions the shape so a later app can read what an earlier one wrote.
 */
export interface StoredDeviationSummary extends DeviationSummary {
  readonly v: 1;
  readonly blueprintId: string;
  readonly blueprintVersion: number;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

const SEVERITIES: readonly unknown[] = ['low', 'medium', 'high'];

function entryProblem(entry: unknown, index: number): string | undefined {
  if (!isRecord(entry) || typeof entry.kind !== 'string' || typeof entry.message !== 'string') return `top[${index}] needs a kind and a message`;
  if (!SEVERITIES.includes(entry.severity)) return `top[${index}].severity must be low, medium or high`;
  for (const key of ['transactionId', 'constraintId', 'roleId']) {
    if (entry[key] !== undefined && typeof entry[key] !== 'string') return `top[${index}].${key} must be text`;
  }
  return undefined;
}

/** Checks the deviation summary JSON; returns a problem sentence or `undefined`. */
export function deviationSummaryProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'expected a JSON object';
  if (value.v !== 1) return `unknown deviation summary version ${JSON.stringify(value.v)}`;
  if (!isCount(value.violated) || !isCount(value.pending) || !isCount(value.satisfied) || !isCount(value.deviationCount)) {
    return 'violated, pending, satisfied and deviationCount must be counts';
  }
  if (typeof value.blueprintId !== 'string' || typeof value.blueprintVersion !== 'number') return 'blueprintId and blueprintVersion are required';
  if (!Array.isArray(value.top)) return 'top must be a list';
  for (let i = 0; i < value.top.length; i++) {
    const problem = entryProblem(value.top[i], i);
    if (problem) return problem;
  }
  return undefined;
}

/** Checks the score reasons JSON: a list of `{ feature, label, points }`; returns a problem sentence or `undefined`. */
export function scoreReasonsProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'expected a JSON list of reasons';
  for (let i = 0; i < value.length; i++) {
    const reason: unknown = value[i];
    if (!isRecord(reason) || typeof reason.feature !== 'string' || typeof reason.label !== 'string' || typeof reason.points !== 'number' || !Number.isFinite(reason.points)) {
      return `reason ${i} needs feature (text), label (text) and points (number)`;
    }
  }
  return undefined;
}

/**
 * The Opportunities columns of a snapshot (a MERGE body). A snapshot without a score clears score,
 * model and reasons; a score without reasons stores an empty list (the score had nothing to say).
 */
export function snapshotToItem(snapshot: AnalysisSnapshot): Record<string, unknown> {
  const stored: StoredDeviationSummary = {
    v: 1,
    violated: snapshot.deviations.violated,
    pending: snapshot.deviations.pending,
    satisfied: snapshot.deviations.satisfied,
    deviationCount: snapshot.deviations.deviationCount,
    top: snapshot.deviations.top,
    blueprintId: snapshot.blueprintId,
    blueprintVersion: snapshot.blueprintVersion
  };
  return {
    [F.score]: orNull(snapshot.score),
    [F.scoreModel]: orNull(snapshot.score === undefined ? undefined : snapshot.scoreModel),
    // Only the three fields people read: the raw feature value means nothing outside the model.
    [F.scoreReasons]: snapshot.score === undefined ? null : JSON.stringify((snapshot.scoreReasons ?? []).map((r) => ({ feature: r.feature, label: r.label, points: r.points }))),
    [F.previousScore]: orNull(snapshot.score === undefined ? undefined : snapshot.previousScore),
    [F.previousScoredAt]: snapshot.score === undefined || snapshot.previousScore === undefined || snapshot.previousScoredAt === undefined ? null : dateValue(snapshot.previousScoredAt),
    [F.fitness]: snapshot.fitness,
    [F.deviationSummary]: JSON.stringify(stored),
    [F.analysedAt]: dateValue(snapshot.analysedAt)
  };
}

/**
 * The snapshot stored on an Opportunities item; `undefined` when the opportunity was never analysed
 * (no analysed-at).
 *
 * Edge cases: reasons and the previous score are read only beside a score; a score stored by version
 * 2 of the app (no reasons column yet) reads without `scoreReasons`, one stored before version 6
 * without `previousScore` (its trend is "not enough history").
 *
 * @throws StoredDataError when the deviation summary or the score reasons are not valid JSON of the expected shape
 */
export function itemToSnapshot(item: SpItem, ctx: ItemContext): AnalysisSnapshot | undefined {
  const analysedAt = readDate(item, F.analysedAt, ctx);
  if (analysedAt === undefined) return undefined;
  const stored = readJson<StoredDeviationSummary>(item, F.deviationSummary, deviationSummaryProblem, ctx);
  const score = readNumber(item, F.score, ctx);
  const scoreModel = readText(item, F.scoreModel, ctx);
  const reasons = score === undefined ? undefined : readJson<ScoreReason[]>(item, F.scoreReasons, scoreReasonsProblem, ctx);
  // The previous score is read only beside a score and with its time (schema version 6; older items have neither).
  const previousScore = score === undefined ? undefined : readNumber(item, F.previousScore, ctx);
  const previousScoredAt = previousScore === undefined ? undefined : readDate(item, F.previousScoredAt, ctx);
  const top: DeviationEntry[] = stored ? stored.top.map((e) => ({ ...e })) : [];
  return {
    ...(score !== undefined ? { score } : {}),
    ...(score !== undefined && scoreModel !== undefined ? { scoreModel } : {}),
    ...(reasons !== undefined ? { scoreReasons: reasons.map((r) => ({ feature: r.feature, label: r.label, points: r.points })) } : {}),
    ...(previousScore !== undefined && previousScoredAt !== undefined ? { previousScore, previousScoredAt } : {}),
    fitness: readNumber(item, F.fitness, ctx) ?? 0,
    deviations: { violated: stored?.violated ?? 0, pending: stored?.pending ?? 0, satisfied: stored?.satisfied ?? 0, deviationCount: stored?.deviationCount ?? 0, top },
    analysedAt,
    blueprintId: stored?.blueprintId ?? '',
    blueprintVersion: stored?.blueprintVersion ?? 0
  };
}
