import type { DashboardKpis } from '../model/kpis';

export interface IKpiCardsProps {
  readonly kpis: DashboardKpis;
  readonly locale: string;
}
