export interface ILeadsPanelProps {
  readonly locale: string;
}
