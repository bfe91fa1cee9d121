import type { Opportunity } from '../../../src/core/model/interaction';
import { actionablePatterns, closedPeriod } from '../../../src/services/insights/actionablePatterns';
import { canFilterPatterns, filterPatternSummary, patternTeams } from '../../../src/services/insights/patternFilters';
import type { PatternSummary } from '../../../src/services/insights/modelRegistry';
import { insightsBlueprint, siteHistory } from './siteHistory';

/**
 * The 48 closed deals of siteHistory, split by hand: North has D00, D01, D04, D05, ... (index mod 4
 * below 2), South the others; the first 24 deals are worth 5,000 (size band 0), the others 50,000
 * (band 1). Every team × band cell holds 6 won and 6 lost deals.
 */
function segmentedHistory(): ReturnType<typeof siteHistory> {
  const history = siteHistory();
  const opportunities = history.opportunities.map((o, i): Opportunity => ({ ...o, team: i % 4 < 2 ? 'North' : 'South', amount: i < 24 ? 5_000 : 50_000 }));
  return { ...history, opportunities };
}

const essentials = (summary: PatternSummary): unknown => ({
  won: summary.won,
  lost: summary.lost,
  patterns: summary.patterns.map((p) => [p.featureId, p.table, p.pValue, p.evidence, p.direction, p.sentence])
});

describe('success patterns filtered by team, period and size after training', () => {
  const history = segmentedHistory();
  const all = actionablePatterns(history.opportunities, history.interactions, insightsBlueprint, { now: history.now });

  it('stores the deals by team, closing period and size band, and each pattern\'s table per cell adds up to its table', () => {
    expect(all.segments).toEqual({
      cells: [
        { period: 0, band: 0, team: 'North' },
        { period: 0, band: 0, team: 'South' },
        { period: 0, band: 1, team: 'North' },
        { period: 0, band: 1, team: 'South' }
      ],
      outcomes: [[6, 6], [6, 6], [6, 6], [6, 6]]
    });
    for (const p of all.patterns) {
      const cells = p.cells ?? [];
      const sum = (offset: number): number => cells.filter((_, i) => i % 4 === offset).reduce((n, x) => n + x, 0);
      expect([p.featureId, sum(0), sum(1), sum(2), sum(3)]).toEqual([p.featureId, p.table.a, p.table.b, p.table.c, p.table.d]);
    }
    expect([canFilterPatterns(all), patternTeams(all)]).toEqual([true, ['North', 'South']]);
  });

  it('compares only North\'s deals: the business case done by all 12 won and 4 of 12 lost', () => {
    const north = filterPatternSummary(all, { team: 'North' });
    expect([north.won, north.lost]).toEqual([12, 12]);
    expect(north.patterns.find((p) => p.featureId === 'exchange:T03')?.table).toEqual({ a: 12, b: 4, c: 0, d: 8 });
  });

  it('gives the figures mining the filtered deals alone gives, for every pattern that mining finds (team, size band, both)', () => {
    const only = (keep: (o: Opportunity) => boolean): PatternSummary => {
      const kept = history.opportunities.filter(keep);
      const ids = new Set(kept.map((o) => o.id));
      return actionablePatterns(kept, history.interactions.filter((i) => ids.has(i.opportunityId)), insightsBlueprint, { now: history.now });
    };
    // The candidates are those found on all deals: which orderings merely restate their exchanges is
    // decided there, so a filter may keep one that mining the subset alone would have dropped.
    const same = (filtered: PatternSummary, alone: PatternSummary): [unknown, unknown, string[]] => {
      const ids = new Set(alone.patterns.map((p) => p.featureId));
      return [essentials({ ...filtered, patterns: filtered.patterns.filter((p) => ids.has(p.featureId)) }), essentials(alone), filtered.patterns.filter((p) => !ids.has(p.featureId)).map((p) => p.featureId)];
    };
    const [south, southAlone, southExtra] = same(filterPatternSummary(all, { team: 'South' }), only((o) => o.team === 'South'));
    expect([south, southExtra]).toEqual([southAlone, ['order:T02>T03']]);
    const [large, largeAlone] = same(filterPatternSummary(all, { band: 1 }), only((o) => o.amount >= 10_000));
    expect(large).toEqual(largeAlone);
    const [both, bothAlone] = same(filterPatternSummary(all, { team: 'North', band: 0, closedWithinMonths: 24 }), only((o) => o.team === 'North' && o.amount < 10_000));
    expect(both).toEqual(bothAlone);
  });

  it('counts closing periods in calendar months back from the training time', () => {
    const now = Date.UTC(2026, 11, 4, 12);
    expect(
      [Date.UTC(2026, 5, 4, 12), Date.UTC(2026, 5, 4, 11), Date.UTC(2025, 11, 4, 12), Date.UTC(2025, 11, 4, 11), Date.UTC(2024, 11, 4, 12), Date.UTC(2024, 11, 4, 11)].map((at) => closedPeriod(at, now))
    ).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('leaves out deals closed before the period: a year later, none closed within 6 months, all within 24', () => {
    const later = actionablePatterns(history.opportunities, history.interactions, insightsBlueprint, { now: history.now + 365 * 86_400_000 });
    const recent = filterPatternSummary(later, { closedWithinMonths: 6 });
    expect([recent.won, recent.lost, recent.patterns.length]).toEqual([0, 0, 0]);
    expect(essentials(filterPatternSummary(later, { closedWithinMonths: 24 }))).toEqual(essentials(later));
  });

  it('returns a summary stored before the filters existed as it is', () => {
    const { segments: _segments, ...old } = all;
    const stored: PatternSummary = { ...old, patterns: all.patterns.map(({ cells: _cells, ...p }) => p) };
    expect([canFilterPatterns(stored), filterPatternSummary(stored, { team: 'North' })]).toEqual([false, stored]);
  });
});
