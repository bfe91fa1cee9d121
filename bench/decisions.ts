/**
 * Decisions benchmark: lead scores and bid advice at the sizes the product promises.
 *
 * Keys:
 *  leads.score_100k.median_ms  median wall time to score, grade, give reasons for and order 100,000
 *                              open leads (6 columns, a model trained on 20,000 known leads) (goal < 1,000 ms)
 *  bid.advice_10k.median_ms    median wall time for the bid advice of one open deal over 10,000 past
 *                              pursuits (probability, coverage so far, similar pursuits) (goal < 100 ms)
 * Data are synthetic and seeded, so runs are comparable across machines.
 */
import type { PastPursuit } from '../src/core/insights';
import type { Interaction } from '../src/core/model';
import { adviseOpenDeal, prioritiseLeads, trainLeadModel, type LeadTable } from '../src/services';
import { generateDemoOrganisation } from '../workbench/demo';
import { seededRandom } from '../workbench/demo/random';
import type { BenchFigure, BenchSuite } from './harness';
import { time } from './harness';

const SOURCES = ['Webinar', 'Referral', 'Cold call', 'Trade show', 'Website', 'Partner', 'Select'];
const INDUSTRIES = ['Retail', 'Manufacturing', 'Finance', 'Health', 'Public sector', 'Energy', 'Media', 'Logistics'];
const COUNTRIES = ['DE', 'FR', 'UK', 'NL', 'SE', 'ES', 'IT', 'PL', 'N/A'];

/** `count` leads, the first `known` with an outcome drawn from a known logistic model, the rest open. */
export function syntheticLeads(count: number, known: number, seed: number): LeadTable {
  const next = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const rows = Array.from({ length: count }, (_, i) => {
    const source = pick(SOURCES);
    const employees = Math.round(10 + next() * 5000);
    const visits = Math.floor(next() * 30);
    const z = -1 + (source === 'Referral' ? 1.5 : source === 'Cold call' ? -1 : 0) + visits / 15 + Math.log10(employees) / 4;
    return {
      Name: `Lead ${i}`,
      Source: source,
      Industry: pick(INDUSTRIES),
      Country: pick(COUNTRIES),
      Employees: String(employees),
      'Web visits': String(visits),
      'Email opens': next() < 0.1 ? '' : String(Math.floor(next() * 12)),
      Converted: i >= known ? '' : next() < 1 / (1 + Math.exp(-z)) ? 'yes' : 'no'
    };
  });
  return { columns: ['Name', 'Source', 'Industry', 'Country', 'Employees', 'Web visits', 'Email opens', 'Converted'], rows };
}

/** 10,000 past pursuits over five teams and all size bands. */
export function syntheticPursuits(count: number, seed: number): PastPursuit[] {
  const next = seededRandom(seed);
  const teams = ['DACH', 'Nordics', 'Benelux', 'UK & Ireland', 'Southern Europe'];
  return Array.from({ length: count }, () => ({
    segment: teams[Math.floor(next() * teams.length)],
    amount: Math.round(Math.exp(8 + next() * 7)),
    won: next() < 0.4,
    exchangeCoverage: next(),
    roleCoverage: next()
  }));
}

export const suite: BenchSuite = {
  name: 'decisions',
  async run(): Promise<readonly BenchFigure[]> {
    const known = syntheticLeads(20_000, 20_000, 42);
    const trained = trainLeadModel(known, { outcomeColumn: 'Converted', identityColumns: ['Name'] });
    const open = syntheticLeads(100_000, 0, 43);
    let scored = 0;
    const leads = await time(
      () => {
        scored = prioritiseLeads(trained, open, { nameColumn: 'Name' }).length;
      },
      { runs: 5, warmups: 1 }
    );
    if (scored !== 100_000) throw new Error(`Scored ${scored} leads, expected 100,000.`);

    const org = generateDemoOrganisation({ seed: 42, scale: 0.2 });
    const deal = org.opportunities.find((o) => o.status === 'open' && o.team !== undefined) ?? org.opportunities[0];
    const own: Interaction[] = org.interactions.filter((i) => i.opportunityId === deal.id);
    const history = syntheticPursuits(10_000, 44).map((p, i) => (i % 2 === 0 ? { ...p, segment: deal.team ?? '' } : p));
    const bid = await time(() => adviseOpenDeal(deal, 0.4, own, 5_000, history, org.blueprint), { runs: 21, warmups: 3 });
    return [
      { key: 'leads.score_100k.median_ms', value: leads.medianMs, unit: 'ms', label: 'score, grade, give reasons for and order 100,000 open leads (goal < 1,000)' },
      { key: 'bid.advice_10k.median_ms', value: bid.medianMs, unit: 'ms', label: 'bid advice for one open deal over 10,000 past pursuits (goal < 100)' }
    ];
  }
};
