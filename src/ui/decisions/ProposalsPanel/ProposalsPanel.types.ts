export interface IProposalsPanelProps {
  readonly locale: string;
  /** Epoch ms now (tests and the workbench pass a fixed clock). */
  readonly clock: () => number;
}
