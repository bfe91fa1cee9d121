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
    expect(kpis).toEqual({
      conformanceRate: 1 / 3,
      conformingOpen: 1,
      analysedOpen: 3,
      winRate: 0.5,
      won: 2,
      closed: 4,
      valueAtRisk: 200,
      atRiskCount: 1,
      openPipeline: 1000
    });
  });

  it('leaves the rates undefined when nothing can be divided', () => {
    const kpis = dashboardKpis([record('a', 'open', 10, { analysed: false })]);
    expect([kpis.conformanceRate, kpis.winRate, kpis.valueAtRisk, kpis.openPipeline]).toEqual([undefined, undefined, 0, 10]);
  });
});
