import { recommendBid, sizeBand, type PastPursuit } from '../../../../src/core/insights/bid/bidRecommendation';

const past = (won: boolean, exchangeCoverage: number, amount: number = 50_000, segment: string = 'mid'): PastPursuit => ({
  segment, amount, won, exchangeCoverage, roleCoverage: exchangeCoverage / 2
});

describe('recommendBid', () => {
  const history = [past(true, 0.8), past(true, 0.9), past(true, 0.6), past(true, 0.7), past(true, 1), past(false, 0.3), past(true, 0.1, 500_000), past(true, 0.1, 50_000, 'smb')];

  it('bids with a coverage condition when value is positive and history is rich', () => {
    const r = recommendBid({ segment: 'mid', value: 60_000, probability: 0.4, pursuitCost: 5_000 }, history);
    // EV = 0.4 × 60,000 − 5,000; similar: 6 in mid / 10k–100k, 5 won; median coverage of wins 0.8, roles 0.4
    expect(r.decision).toBe('bid-with-conditions');
    expect(r.expectedValue).toBeCloseTo(19_000, 9);
    expect([r.similarPursuits, r.similarWins]).toEqual([6, 5]);
    expect(r.requiredExchangeCoverage).toBe(0.8);
    expect(r.requiredRoleCoverage).toBe(0.4);
    expect(r.reasons[2]).toBe('Similar wins reached 80% of blueprint exchanges and involved 40% of roles: staff the pursuit to match.');
  });

  it('bids when the planned coverage meets the bars', () => {
    const r = recommendBid({ segment: 'mid', value: 60_000, probability: 0.4, pursuitCost: 5_000, plannedExchangeCoverage: 0.8, plannedRoleCoverage: 0.5 }, history);
    expect(r.decision).toBe('bid');
    expect(r.reasons[2]).toBe('The plan reaches the coverage similar wins reached.');
  });

  it('declines a negative expected value', () => {
    const r = recommendBid({ segment: 'mid', value: 20_000, probability: 0.1, pursuitCost: 5_000 }, history);
    expect(r.decision).toBe('no-bid');
    expect(r.expectedValue).toBeCloseTo(-3_000, 9);
    expect(r.reasons[0]).toBe('Expected value -3000 = 10% × 20000 − 5000.');
  });

  it('asks for a plan review with too few similar wins, and bands amounts', () => {
    expect(recommendBid({ segment: 'smb', value: 60_000, probability: 0.5, pursuitCost: 1 }, history).decision).toBe('bid-with-conditions');
    expect([sizeBand(9_999, [10_000, 100_000]), sizeBand(10_000, [10_000, 100_000]), sizeBand(1e9, [10_000, 100_000])]).toEqual([0, 1, 2]);
  });
});
