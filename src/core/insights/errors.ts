import { ValueNetworksError } from '..';

/** Inputs that cannot be analysed as given (mismatched lengths, probabilities outside [0, 1], unknown columns). */
export class InsightsInputError extends ValueNetworksError {}

/** Too little history for the requested analysis, e.g. no won or no lost deal to learn from. */
export class InsufficientDataError extends ValueNetworksError {
  /** Won deals (or positive rows) available. */
  public readonly positives: number;
  /** Lost deals (or negative rows) available. */
  public readonly negatives: number;

  public constructor(message: string, positives: number, negatives: number) {
    super(message);
    this.positives = positives;
    this.negatives = negatives;
  }
}
