import { checkTrace, findDeviations, traceWithStageEntries, type DeclareConstraint, type Deviation } from '../core/conformance';
import { scoreOpportunity, scorePoints } from '../core/insights';
import type { ScoringModel } from '../core/insights';
import type { Blueprint } from '../core/model';
import { groupIntoTraces, isClosed, type Interaction, type Opportunity } from '../core/model';
import { MAX_DEVIATION_ENTRIES, MAX_SCORE_REASONS, type AnalysisSnapshot, type DeviationEntry, type ScoreReason } from './ports';

const SEVERITY_RANK: Readonly<Record<Deviation['severity'], number>> = { high: 0, medium: 1, low: 2 };

function entryOf(deviation: Deviation): DeviationEntry {
  return {
    kind: deviation.kind,
    severity: deviation.severity,
    ...(deviation.transactionId !== undefined ? { transactionId: deviation.transactionId } : {}),
    ...(deviation.constraintId !== undefined ? { constraintId: deviation.constraintId } : {}),
    ...(deviation.roleId !== undefined ? { roleId: deviation.roleId } : {}),
    message: deviation.message
  };
}

function topReasons(contributions: readonly { feature: string; label: string; points: number }[]): ScoreReason[] {
  return contributions.slice(0, MAX_SCORE_REASONS).map((c) => ({ feature: c.feature, label: c.label, points: c.points }));
}

/** A label for the model in the snapshot, e.g. `logistic (120 won / 310 lost)`. */
export function scoringModelLabel(model: ScoringModel): string {
  return `${model.model} (${model.trainedOn.won} won / ${model.trainedOn.lost} lost)`;
}

/** A stored model label read back: which model and how many closed deals it learnt from. */
export interface ScoringModelLabel {
  readonly model: ScoringModel['model'];
  readonly won: number;
  readonly lost: number;
}

const LABEL = /^(logistic|blueprint-distance) \((\d+) won \/ (\d+) lost\)$/;

/**
 * Reads a label written by {@link scoringModelLabel}; `undefined` for any other text (a label
 * written by another tool is shown as it is, never guessed at).
 */
export function parseScoringModelLabel(label: string): ScoringModelLabel | undefined {
  const match = LABEL.exec(label);
  if (!match) return undefined;
  return { model: match[1] as ScoringModel['model'], won: Number(match[2]), lost: Number(match[3]) };
}

/**
 * The analysis snapshot of one opportunity: its trace (interactions plus stage entries) checked
 * against the compiled blueprint, the deviations people read, the fitness, and the score with its
 * {@link MAX_SCORE_REASONS} largest contributions (by |points|, as scoreOpportunity orders them)
 * when a scoring model is given. Pure; `now` (epoch ms) decides which deadlines have passed.
 *
 * Edge cases: an opportunity without interactions is still checked (its trace holds only stage
 * entries), so a deal with nothing recorded shows its missing exchanges; deviations are ordered high
 * severity first (stable within a severity) and cut to {@link MAX_DEVIATION_ENTRIES}, with the full
 * count kept in `deviationCount`.
 *
 * @param constraints `compileBlueprint(blueprint)`, compiled once by the caller for all opportunities
 */
export function analyseOpportunity(
  blueprint: Blueprint,
  constraints: readonly DeclareConstraint[],
  opportunity: Opportunity,
  interactions: readonly Interaction[],
  options: { readonly now: number; readonly scoringModel?: ScoringModel }
): AnalysisSnapshot {
  const own = interactions.filter((i) => i.opportunityId === opportunity.id);
  const base = groupIntoTraces(own)[0] ?? { caseId: opportunity.id, events: [] };
  const trace = traceWithStageEntries({ caseId: opportunity.id, events: base.events }, opportunity);
  const conformance = checkTrace(trace, constraints, { closed: isClosed(opportunity), now: options.now });
  const deviations = findDeviations({ blueprint, constraints, conformance, opportunity, interactions: own });
  const counts = { violated: 0, pending: 0, satisfied: 0 };
  for (const result of conformance.results) counts[result.state]++;
  const ranked = deviations.map((d, i) => ({ d, i })).sort((a, b) => SEVERITY_RANK[a.d.severity] - SEVERITY_RANK[b.d.severity] || a.i - b.i);
  const score = options.scoringModel ? scoreOpportunity(options.scoringModel, opportunity, own, blueprint, { now: options.now }) : undefined;
  return {
    ...(score && options.scoringModel ? { score: score.probability, scoreModel: scoringModelLabel(options.scoringModel), scoreReasons: topReasons(score.contributions) } : {}),
    fitness: conformance.fitness,
    deviations: { ...counts, deviationCount: deviations.length, top: ranked.slice(0, MAX_DEVIATION_ENTRIES).map((r) => entryOf(r.d)) },
    analysedAt: options.now,
    blueprintId: blueprint.id,
    blueprintVersion: blueprint.version
  };
}

/**
 * `next` with the score history it should carry, given the snapshot stored before it: when the score
 * people read (whole points) changed, the stored score becomes the previous one (at its analysed-at);
 * when it did not, the stored previous score is kept, so storing the same analysis twice (a retried
 * batch, a re-run import) never turns "improving" into "steady". Pure.
 *
 * Edge cases: `next` without a score carries no history; a stored snapshot without a score gives
 * `next` none either (not enough history yet).
 */
export function withScoreHistory(next: AnalysisSnapshot, stored: AnalysisSnapshot | undefined): AnalysisSnapshot {
  const rest: AnalysisSnapshot = { ...next };
  delete (rest as { previousScore?: number }).previousScore;
  delete (rest as { previousScoredAt?: number }).previousScoredAt;
  if (next.score === undefined || stored?.score === undefined) return rest;
  if (scorePoints(next.score) !== scorePoints(stored.score)) return { ...rest, previousScore: stored.score, previousScoredAt: stored.analysedAt };
  return stored.previousScore !== undefined && stored.previousScoredAt !== undefined ? { ...rest, previousScore: stored.previousScore, previousScoredAt: stored.previousScoredAt } : rest;
}
