import type { Blueprint } from '../../model';
import type { CaseBehaviour } from '../behaviour/caseBehaviour';
import { featureLabel } from './featureLabel';
import type { ScoreContribution } from './scoringModel';

export interface BlueprintDistance {
  /** Done share of the required exchanges due so far, times the fitness factor; in [0, 1]. */
  readonly probability: number;
  readonly requiredDone: number;
  readonly requiredDue: number;
  /** Mean conformance fitness over the reached stages that have one; 1 when none is given. */
  readonly fitnessFactor: number;
  readonly contributions: readonly ScoreContribution[];
}

/**
 * The score used while history is too thin for a model (fewer than ~40 won and 40 lost deals):
 * probability = (required exchanges done / required exchanges of the stages reached, at least the
 * first stage) × fitness factor. It measures closeness to the blueprint, not a calibrated win
 * probability. Contributions are points against a deal that did everything on time: each missing
 * required exchange costs 100 / requiredDue points, and imperfect conformance costs
 * 100 · share · (1 - fitnessFactor); together they sum to 100 · (probability - 1).
 * @param stageFitness stageId -> conformance fitness in [0, 1] for this deal, optional
 */
export function blueprintDistance(
  behaviour: CaseBehaviour,
  blueprint: Blueprint,
  stageFitness?: ReadonlyMap<string, number>
): BlueprintDistance {
  const stageOrder = new Map(blueprint.stages.map((s) => [s.id, s.order]));
  const reached = Math.max(1, behaviour.furthestStageOrder);
  const done = new Set(behaviour.exchanges.map((e) => e.transactionId));
  const due = [...blueprint.transactions]
    .filter((t) => t.required && (stageOrder.get(t.stage) ?? Infinity) <= reached)
    .sort((x, y) => x.sequence - y.sequence);
  const requiredDone = due.filter((t) => done.has(t.id)).length;
  const share = due.length === 0 ? 1 : requiredDone / due.length;
  const fitnessValues = blueprint.stages
    .filter((s) => s.order <= reached && stageFitness?.has(s.id))
    .map((s) => stageFitness?.get(s.id) ?? 1);
  const fitnessFactor = fitnessValues.length === 0 ? 1 : fitnessValues.reduce((a, b) => a + b, 0) / fitnessValues.length;
  const contributions: ScoreContribution[] = due
    .filter((t) => !done.has(t.id))
    .map((t) => ({ feature: `exchange:${t.id}`, label: featureLabel(`exchange:${t.id}`, 0, blueprint), value: 0, points: -100 / due.length }));
  if (fitnessFactor < 1) {
    contributions.push({
      feature: 'conformance',
      label: `conformance ${Math.round(100 * fitnessFactor)}% in the stages reached`,
      value: fitnessFactor,
      points: -100 * share * (1 - fitnessFactor)
    });
  }
  return { probability: share * fitnessFactor, requiredDone, requiredDue: due.length, fitnessFactor, contributions };
}
