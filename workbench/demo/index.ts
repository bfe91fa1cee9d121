import type { Blueprint, Interaction, Opportunity } from '../../src/core/model';
import { enterpriseSaleBlueprint } from './blueprint';
import { DAY, generateDeal } from './opportunities';
import type { DealBehaviour } from './outcome';
import { CUSTOMER_ROLES, generateAccounts, generateWorkforce } from './people';
import { demoTechnicalBlueprint } from './technicalBlueprint';
import type { DemoAccount, DemoPerson, DemoSeller, DemoTeam } from './people';
import { createRandom } from './random';

export { toGraphSeed } from './graphSeed';
export { DEMO_ALERT_WEBHOOK, demoTechnicalBlueprint } from './technicalBlueprint';
export { TRUE_COEFFICIENTS, winProbability } from './outcome';
export type { DealBehaviour } from './outcome';
export type { DemoAccount, DemoContact, DemoPerson, DemoSeller, DemoTeam } from './people';

/** 2026-10-31T00:00:00Z: the demo's "today". Generation never reads the clock. */
export const DEMO_REFERENCE_DATE = Date.UTC(2026, 9, 31);
export const DEMO_OPPORTUNITIES = 1500;
export const DEMO_ACCOUNTS = 300;

export interface DemoOrganisationOptions {
  readonly seed: number;
  /** Multiplies the number of opportunities (and so interactions); default 1 (1,500 opportunities). */
  readonly scale?: number;
}

/** The ground truth kept beside each opportunity, for checks that analysis finds the real signal. */
export interface DealTruth {
  readonly opportunityId: string;
  readonly behaviour: DealBehaviour;
  readonly winProbability: number;
}

export interface DemoOrganisation {
  readonly seed: number;
  /** Epoch ms; opportunities span the 24 months before it. */
  readonly referenceDate: number;
  readonly blueprint: Blueprint;
  /** The demo site owner (signed-in user by default in the emulators). */
  readonly siteOwner: DemoPerson;
  readonly teams: readonly DemoTeam[];
  readonly sellers: readonly DemoSeller[];
  readonly staff: readonly DemoPerson[];
  readonly accounts: readonly DemoAccount[];
  readonly opportunities: readonly Opportunity[];
  /** All opportunities' interactions, by opportunity then time. */
  readonly interactions: readonly Interaction[];
  readonly truth: readonly DealTruth[];
}

/**
 * Generates the deterministic demo sales organisation: the published enterprise-sale blueprint (with
 * the Technical Blueprint that recognises its Graph-recorded exchanges, see technicalBlueprint.ts),
 * 40 sellers in 5 teams with supporting staff, 300 accounts with one contact per customer role, and
 * 1,500 x `scale` opportunities created over the 24 months before {@link DEMO_REFERENCE_DATE} with
 * stage history, outcomes (from the logistic model in outcome.ts) and about 40 interactions each.
 * Same seed and scale, same output, on every machine.
 */
export function generateDemoOrganisation(options: DemoOrganisationOptions): DemoOrganisation {
  const random = createRandom(options.seed);
  const { siteOwner, teams, sellers, staff } = generateWorkforce(random);
  const accounts = generateAccounts(random, DEMO_ACCOUNTS);
  const byId = new Map([...staff].map((person) => [person.id, person]));
  const sponsors = staff.filter((person) => person.role === 'executive-sponsor');
  const lawyers = staff.filter((person) => person.role === 'legal');
  const windowStart = DEMO_REFERENCE_DATE - 730 * DAY;
  const opportunities: Opportunity[] = [];
  const interactions: Interaction[] = [];
  const truth: DealTruth[] = [];
  const count = Math.max(1, Math.round(DEMO_OPPORTUNITIES * (options.scale ?? 1)));
  for (let index = 1; index <= count; index++) {
    const seller = random.pick(sellers);
    const team = teams.find((candidate) => candidate.id === seller.teamId) ?? teams[0];
    const deal = generateDeal(
      random,
      {
        seller,
        team,
        salesEngineer: byId.get(team.salesEngineerId) ?? staff[0],
        customerSuccess: byId.get(team.customerSuccessId) ?? staff[0],
        account: random.pick(accounts),
        sponsors,
        lawyers,
        windowStart,
        referenceDate: DEMO_REFERENCE_DATE
      },
      index
    );
    opportunities.push(deal.opportunity);
    for (const interaction of deal.interactions) interactions.push(interaction);
    truth.push({ opportunityId: deal.opportunity.id, behaviour: deal.behaviour, winProbability: deal.winProbability });
  }
  const blueprint: Blueprint = { ...enterpriseSaleBlueprint(), technical: demoTechnicalBlueprint([...sellers, ...staff], CUSTOMER_ROLES, siteOwner.email) };
  return { seed: options.seed, referenceDate: DEMO_REFERENCE_DATE, blueprint, siteOwner, teams, sellers, staff, accounts, opportunities, interactions, truth };
}
