import type { PastPursuit } from '../../../src/core/insights/bid/bidRecommendation';
import type { Interaction } from '../../../src/core/model/interaction';
import { adviseOpenDeal, advisePursuit, blueprintCoverage, historicalProbability, pastPursuits, plannedCoverage } from '../../../src/services/decisions/bidAdvice';
import { opportunity } from '../../adapters/sharepoint/fixtures';
import { HOUR, insightsBlueprint, siteHistory } from '../insights/siteHistory';

const pursuit = (segment: string, amount: number, won: boolean, exchangeCoverage: number, roleCoverage: number): PastPursuit => ({ segment, amount, won, exchangeCoverage, roleCoverage });

/** Team North: 12 pursuits of 50k-90k, 6 won (coverage 2/3 or 1 of exchanges); team South: 3 small pursuits. */
const history: PastPursuit[] = [
  ...Array.from({ length: 12 }, (_, i) => pursuit('North', 50_000 + i * 3_000, i % 2 === 0, i % 4 === 0 ? 1 : 2 / 3, i % 2 === 0 ? 1 : 2 / 3)),
  pursuit('South', 5_000, true, 1, 1),
  pursuit('South', 6_000, false, 1 / 3, 2 / 3),
  pursuit('South', 7_000, false, 1 / 3, 1 / 3)
];

describe('bid advice', () => {
  it('measures coverage of the blueprint from interactions and from a planned stage path', () => {
    const interactions: Interaction[] = [
      { opportunityId: 'X', timestamp: 1, activity: 'T01', transactionId: 'T01', fromRole: 'ae', toRole: 'champion', source: 'csv', sourceKey: 'a' },
      { opportunityId: 'X', timestamp: 2, activity: 'Lunch', fromRole: 'ae', toRole: 'partner', source: 'csv', sourceKey: 'b' }
    ];
    expect(blueprintCoverage(interactions, insightsBlueprint)).toEqual({ exchanges: 1 / 3, roles: 2 / 3 });
    expect(plannedCoverage(['qualify'], insightsBlueprint)).toEqual({ exchanges: 2 / 3, roles: 2 / 3 });
    expect(plannedCoverage(['qualify', 'propose'], insightsBlueprint)).toEqual({ exchanges: 1, roles: 1 });
  });

  it('summarises the closed deals as past pursuits (team as segment, coverage up to the close)', () => {
    const { opportunities, interactions, now } = siteHistory();
    const pursuits = pastPursuits(opportunities.map((o, i) => ({ ...o, team: i < 10 ? 'North' : undefined })), interactions, insightsBlueprint, now);
    expect(pursuits.length).toBe(48);
    expect(pursuits.slice(0, 3)).toEqual([
      { segment: 'North', amount: 125000, won: true, exchangeCoverage: 1, roleCoverage: 1 },
      { segment: 'North', amount: 125000, won: false, exchangeCoverage: 2 / 3, roleCoverage: 1 },
      { segment: 'North', amount: 125000, won: true, exchangeCoverage: 1, roleCoverage: 1 }
    ]);
    expect(pursuits[47]).toEqual({ segment: '', amount: 125000, won: false, exchangeCoverage: 1 / 3, roleCoverage: 2 / 3 });
  });

  it('takes the probability from similar pursuits, then the team, then the site', () => {
    expect(historicalProbability('North', 60_000, history)).toEqual({ probability: 0.5, source: 'similar-win-rate', basis: 12 });
    expect(historicalProbability('South', 6_500, history)).toEqual({ probability: 7 / 15, source: 'site-win-rate', basis: 15 });
    expect(historicalProbability('West', 6_500, [])).toEqual({ probability: 0, source: 'none', basis: 0 });
  });

  it('advises a new pursuit from its stage path: bid when the plan reaches what similar wins reached', () => {
    const advice = advisePursuit({ team: 'North', account: 'Fabrikam', amount: 80_000, pursuitCost: 12_000, stagePath: ['qualify', 'propose'] }, history, insightsBlueprint);
    expect(advice).toEqual({
      decision: 'bid',
      expectedValue: 28_000,
      similarPursuits: 12,
      similarWins: 6,
      requiredExchangeCoverage: (2 / 3 + 1) / 2,
      requiredRoleCoverage: 1,
      reasons: ['Expected value 28000 = 50% × 80000 − 12000.', '12 similar pursuits (segment North, same size band), 6 won.', 'The plan reaches the coverage similar wins reached.'],
      probability: 0.5,
      probabilitySource: 'similar-win-rate',
      probabilityBasis: 12,
      plannedExchangeCoverage: 1,
      plannedRoleCoverage: 1,
      sizeBand: 1,
      thin: false,
      pastPursuits: 15
    });
    const shortPath = advisePursuit({ team: 'North', account: 'Fabrikam', amount: 80_000, pursuitCost: 12_000, stagePath: ['qualify'] }, history, insightsBlueprint);
    expect([shortPath.decision, shortPath.reasons[2]]).toEqual(['bid-with-conditions', 'Similar wins reached 83% of blueprint exchanges and involved 100% of roles: staff the pursuit to match.']);
    const costly = advisePursuit({ team: 'North', account: 'Fabrikam', amount: 80_000, pursuitCost: 45_000 }, history, insightsBlueprint);
    expect([costly.decision, costly.expectedValue]).toEqual(['no-bid', -5_000]);
  });

  it('says when too few comparable pursuits exist, and rests an open deal on its own score', () => {
    const thin = advisePursuit({ team: 'South', account: 'Contoso', amount: 6_000, pursuitCost: 500 }, history, insightsBlueprint);
    expect([thin.decision, thin.thin, thin.similarPursuits, thin.similarWins, thin.probabilitySource, thin.reasons[2]]).toEqual([
      'bid-with-conditions', true, 3, 1, 'site-win-rate', 'Too few similar wins (1) to know what it takes: review the pursuit plan before committing.'
    ]);
    const interactions: Interaction[] = [{ opportunityId: 'OPEN-1', timestamp: 2 * HOUR, activity: 'T01', transactionId: 'T01', fromRole: 'ae', toRole: 'champion', source: 'csv', sourceKey: 'o1' }];
    const open = adviseOpenDeal(opportunity('OPEN-1', { team: 'North', amount: 70_000 }), 0.8, interactions, 10_000, history, insightsBlueprint);
    expect([open.decision, open.expectedValue, open.probabilitySource, open.plannedExchangeCoverage, open.plannedRoleCoverage]).toEqual(['bid-with-conditions', 46_000, 'deal-score', 1 / 3, 2 / 3]);
  });
});
