import { dashboardKpis } from '../../../../src/ui/dashboard/model/kpis';
import { high, low, record } from './records';

describe('dashboardKpis', () => {
  it('computes conformance rate, win rate and value at risk as their definitions say', () => {
    const kpis = dashboardKpis([
      record('a', 'open', 100, { violated: 0 }),
      record('b', 'open', 200, { violated: 2, top: [high('t1'), low('late', 't2')] }),
      record('c', 'open', 300, { violated: 1, top: [low('late', 't2')] }),
      record('d', 'open', 400, { analysed: false }),
      record('e', 'won', 1000),
      record('f', 'lost', 50),
      record('g', 'no-decision', 60),
      record('h', 'won', 70)
    ]);
    // a and c have no high-severity deviation (c violates a constraint, but only with a low one).
    expect(kpis).toEqual({
      conformanceRate: 2 / 3,
      conformingOpen: 2,
      analysedOpen: 3,
      winRate: 0.5,
      won: 2,
      closed: 4,
      valueAtRisk: 200,
      atRiskCount: 1,
      openPipeline: 1000,
      currency: undefined,
      fitnessBands: { low: 0, medium: 3, high: 0 }
    });
  });

  it('states the currency only when every open deal has the same one, and bands fitness at 0.5 and 0.8', () => {
    const withFitness = (r: ReturnType<typeof record>, fitness: number, currency?: string): ReturnType<typeof record> =>
      ({ ...r, opportunity: { ...r.opportunity, currency }, snapshot: r.snapshot && { ...r.snapshot, fitness } });
    const same = dashboardKpis([withFitness(record('a', 'open', 1), 0.49, 'EUR'), withFitness(record('b', 'open', 1), 0.5, 'EUR'), withFitness(record('c', 'open', 1), 0.8, 'EUR'), withFitness(record('d', 'won', 1), 0.1, 'USD')]);
    expect([same.currency, same.fitnessBands]).toEqual(['EUR', { low: 1, medium: 1, high: 1 }]);
    const mixed = dashboardKpis([withFitness(record('a', 'open', 1), 0.9, 'EUR'), withFitness(record('b', 'open', 1), 0.9, 'USD')]);
    expect([mixed.currency, mixed.fitnessBands]).toEqual([undefined, { low: 0, medium: 0, high: 2 }]);
  });

  it('leaves the rates undefined when nothing can be divided', () => {
    const kpis = dashboardKpis([record('a', 'open', 10, { analysed: false })]);
    expect([kpis.conformanceRate, kpis.winRate, kpis.valueAtRisk, kpis.openPipeline]).toEqual([undefined, undefined, 0, 10]);
  });
});
