export interface ILeadsPanelProps {
  readonly locale: string;
  /** Epoch ms now: the time stored with an import, a trained model and the scores. */
  readonly clock: () => number;
}
