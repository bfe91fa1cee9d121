import { ValueNetworksError } from '../../core';

/** A trained model (or its evaluation) larger than the site can hold in one column; nothing was stored. */
export class ModelTooLargeError extends ValueNetworksError {
  public readonly part: 'model' | 'evaluation';
  public readonly characters: number;
  public readonly limit: number;

  public constructor(part: 'model' | 'evaluation', characters: number, limit: number) {
    super(`The trained ${part} takes ${characters.toLocaleString('en-US')} characters as JSON; a SharePoint column holds at most ${limit.toLocaleString('en-US')}. Nothing was stored.`);
    this.part = part;
    this.characters = characters;
    this.limit = limit;
  }
}

/** Training stopped by the user (or a closed page) before anything was stored. */
export class TrainingCancelledError extends ValueNetworksError {
  public constructor() {
    super('Training was cancelled before the model was stored; the model in use is unchanged.');
  }
}

/** Training cannot start: no blueprint is published to train against. */
export class NoPublishedBlueprintError extends ValueNetworksError {
  public constructor() {
    super('No blueprint is published on this site: publish one in the Value Network Designer, then train.');
  }
}
