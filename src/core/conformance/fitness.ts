import { TEMPLATE_SPECS } from './templates';
import type { ConstraintResult, DeclareConstraint } from './types';

/**
 * Fitness of one case: the weighted share of *binding* constraints that are satisfied.
 *
 * A constraint binds the case when its result is not pending and either its template is unconditional
 * (existence, absence, exactly, init: they bind every case) or it was activated (at least one
 * activation). A timed existence is conditional on its reference event, so it binds only once that
 * event occurred. Vacuously satisfied binary constraints (never activated) and pending ones are left out,
 * so they neither reward nor punish a case. Weights default to 1.
 *
 *   fitness = sum(weight of satisfied binding) / sum(weight of binding), and 1 when nothing binds.
 *
 * `results[i]` must be the result of `constraints[i]`.
 */
export function computeFitness(constraints: readonly DeclareConstraint[], results: readonly ConstraintResult[]): number {
  return fitnessOf(fitnessWeights(constraints), results);
}

/** Per-constraint inputs of the fitness, computed once per constraint set (see checkLog). */
export interface FitnessWeights {
  readonly weight: Float64Array;
  /** 1 for unconditional templates. */
  readonly unconditional: Uint8Array;
}

/** Precomputes weights and unconditional flags so that many cases do not look templates up again. */
export function fitnessWeights(constraints: readonly DeclareConstraint[]): FitnessWeights {
  return {
    weight: Float64Array.from(constraints, (constraint) => constraint.weight ?? 1),
    unconditional: Uint8Array.from(constraints, (constraint) => (TEMPLATE_SPECS[constraint.template].unconditional && constraint.reference === undefined ? 1 : 0))
  };
}

/** {@link computeFitness} with precomputed weights; same definition. */
export function fitnessOf(weights: FitnessWeights, results: readonly ConstraintResult[]): number {
  let bindingWeight = 0;
  let satisfiedWeight = 0;
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    if (result.state === 'pending') continue;
    if (weights.unconditional[i] === 0 && result.activations.length === 0) continue;
    const weight = weights.weight[i];
    bindingWeight += weight;
    if (result.state === 'satisfied') satisfiedWeight += weight;
  }
  return bindingWeight === 0 ? 1 : satisfiedWeight / bindingWeight;
}
