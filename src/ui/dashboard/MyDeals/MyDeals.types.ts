import type { NextExchange } from '../model/nextExchanges';

export interface IMyDealsProps {
  readonly next: readonly NextExchange[];
  readonly onOpen: (opportunityId: string) => void;
  readonly locale: string;
}
