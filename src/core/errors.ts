
/**
 * Typed domain errors. Every error the product shows a user derives from {@link ValueNetworksError},
 * so tests assert on types and the UI maps each type to one clear message.
 */
export class ValueNetworksError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = new.target.name;
    // Keeps `instanceof` working when compiled to ES5 (SPFx targets ES5).
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** One problem found by a validator, addressed by a JSON pointer into the validated document. */
export interface ValidationProblem {
  /** Stable machine-readable code, e.g. `unknown-role`. */
  readonly code: string;
  /** JSON pointer (RFC 6901) to the offending value, e.g. `/transactions/3/from`. */
  readonly path: string;
  /** A sentence a sales leader understands, naming the fix. */
  readonly message: string;
}

/** A blueprint that breaks one or more model rules; carries every problem found, not only the first. */
export class InvalidBlueprintError extends ValueNetworksError {
  public readonly problems: readonly ValidationProblem[];

  public constructor(problems: readonly ValidationProblem[]) {
    super(
      problems.length === 1
        ? `The blueprint has a problem: ${problems[0].message}`
        : `The blueprint has ${problems.length} problems; the first: ${problems[0]?.message ?? 'none'}`
    );
    this.problems = problems;
  }
}

/** A constraint set (Declare JSON) that cannot be evaluated as written. */
export class InvalidConstraintError extends ValueNetworksError {
  public readonly problems: readonly ValidationProblem[];

  public constructor(problems: readonly ValidationProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    this.problems = problems;
  }
}
