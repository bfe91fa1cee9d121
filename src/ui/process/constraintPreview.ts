/**
 * The constraint preview: what the checker will enforce, per stage, in plain language, recomputed
 * from the draft on every edit.
 */
import { compileBlueprint, type DeclareConstraint } from '../../core/conformance';
import { InvalidBlueprintError, type ValidationProblem } from '../../core';
import type { Blueprint } from '../../core/model';
import type { ProcessStrings } from '../i18n/process';

export interface PreviewSentence {
  /** `exit:<stage id>` for the exit criteria, otherwise the compiled constraint's id. */
  readonly id: string;
  readonly text: string;
}

export interface StagePreview {
  readonly stageId: string;
  readonly stageName: string;
  readonly sentences: readonly PreviewSentence[];
}

export type ConstraintPreview =
  | { readonly ok: true; readonly stages: readonly StagePreview[] }
  | { readonly ok: false; readonly problems: readonly ValidationProblem[] };

/**
 * Stages in `order`, each with its exit criteria sentence first, then the compiled constraints whose
 * provenance names that stage (in compile order: per transaction by sequence, stage order last).
 * A blueprint that does not compile (a reference to a missing transaction) gives its problems instead.
 *
 * @throws nothing but errors other than InvalidBlueprintError from the compiler (bugs)
 */
export function constraintPreview(blueprint: Blueprint, strings: ProcessStrings): ConstraintPreview {
  let constraints: DeclareConstraint[];
  try {
    constraints = compileBlueprint(blueprint);
  } catch (error) {
    if (error instanceof InvalidBlueprintError) return { ok: false, problems: error.problems };
    throw error;
  }
  const stages = [...blueprint.stages]
    .sort((a, b) => a.order - b.order)
    .map((stage) => ({
      stageId: stage.id,
      stageName: stage.name,
      sentences: [
        { id: `exit:${stage.id}`, text: strings.exitCriteria(stage.name, stage.exitCriteria.minSellingActions, stage.exitCriteria.minBuyingActions) },
        ...constraints.filter((c) => c.provenance?.stageId === stage.id).map((c) => ({ id: c.id, text: strings.constraint(c, blueprint) }))
      ]
    }));
  return { ok: true, stages };
}
