import { createHash } from 'node:crypto';
import { generateDemoOrganisation, toGraphSeed, TRUE_COEFFICIENTS, winProbability } from '../../../workbench/demo';
import type { DemoOrganisation } from '../../../workbench/demo';
import { createRandom } from '../../../workbench/demo/random';

let org: DemoOrganisation;

beforeAll(() => {
  org = generateDemoOrganisation({ seed: 42 });
});

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('createRandom', () => {
  it('is mulberry32: fixed first draws for seed 1', () => {
    const random = createRandom(1);
    expect([random.next(), random.next()].map((x) => x.toFixed(10))).toEqual(['0.6270739406', '0.0027357212']);
  });
});

describe('winProbability (the true model)', () => {
  it('is the logistic of the documented coefficients', () => {
    const none = { economicBuyer: false, businessCase: false, multiThreaded: false, late: false, securityReview: false };
    expect(winProbability(none, 0)).toBeCloseTo(1 / (1 + Math.exp(2.5)), 12);
    const pattern = { economicBuyer: true, businessCase: true, multiThreaded: true, late: false, securityReview: true };
    expect(winProbability(pattern, 0)).toBeCloseTo(1 / (1 + Math.exp(-(-2.5 + 1.4 + 0.9 + 0.8 + 0.4))), 12);
    expect(TRUE_COEFFICIENTS.late).toBe(-1);
  });
});

describe('generateDemoOrganisation (seed 42)', () => {
  it('is deterministic: same seed, same bytes', () => {
    const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');
    // Changed deliberately when the blueprint gained its Technical Blueprint and Graph-recorded
    // exchanges took the source keys the sync derives from their Graph records (graphIds.ts).
    expect(hash(org)).toBe('eeba51c1b9f7ae7fb1c358feebb0a8cc7395431246d7721beba5455c7dd76b5b');
    expect(hash(generateDemoOrganisation({ seed: 7, scale: 0.02 }))).toBe('46be2ba9c67a31c171d30205e61920b642c264ecdc32c13d0c0970b3d655e40e');
    expect(hash(generateDemoOrganisation({ seed: 42 }))).toBe(hash(org));
  });

  it('has the published blueprint: 12 roles on both sides, 5 stages, 25 transactions', () => {
    const { blueprint } = org;
    expect([blueprint.status, blueprint.roles.length, blueprint.stages.length, blueprint.transactions.length]).toEqual(['published', 12, 5, 25]);
    expect(countBy(blueprint.roles, (role) => role.side)).toEqual({ internal: 5, customer: 7 });
    expect(countBy(blueprint.transactions, (t) => t.stage)).toEqual({ qualify: 4, discover: 5, validate: 7, propose: 5, close: 4 });
    expect(countBy(blueprint.transactions, (t) => t.kind)).toEqual({ intangible: 12, tangible: 13 });
    const ids = new Set(blueprint.transactions.map((t) => t.id));
    expect(blueprint.transactions.every((t) => t.precededBy.every((before) => ids.has(before) && before < t.id))).toBe(true);
  });

  it('has 40 sellers in 5 teams of 8, 15 staff, 300 accounts with 2,100 contacts in customer roles', () => {
    expect([org.sellers.length, org.teams.length, org.staff.length, org.accounts.length]).toEqual([40, 5, 15, 300]);
    expect(org.teams.map((team) => team.sellerIds.length)).toEqual([8, 8, 8, 8, 8]);
    const contacts = org.accounts.flatMap((account) => account.contacts);
    expect(contacts.length).toBe(2100);
    const customerRoles = new Set(org.blueprint.roles.filter((role) => role.side === 'customer').map((role) => role.id));
    expect(contacts.every((contact) => customerRoles.has(contact.role))).toBe(true);
    expect(new Set([...org.sellers, ...org.staff, org.siteOwner].map((person) => person.email)).size).toBe(56);
  });

  it('has 1,500 opportunities over 24 months ending at 2026-10-31, with realistic outcome proportions', () => {
    expect(org.opportunities.length).toBe(1500);
    expect(countBy(org.opportunities, (o) => o.status)).toEqual({ won: 423, open: 392, lost: 456, 'no-decision': 229 });
    const created = org.opportunities.map((o) => o.createdAt);
    expect(Math.min(...created)).toBeGreaterThanOrEqual(Date.UTC(2024, 9, 31));
    expect(Math.max(...org.opportunities.map((o) => o.closedAt ?? 0))).toBeLessThanOrEqual(Date.UTC(2026, 9, 31));
    expect(org.opportunities.every((o) => (o.status === 'open') === (o.closedAt === undefined))).toBe(true);
    expect(org.opportunities.filter((o) => o.status === 'won').every((o) => o.stageHistory.length === 5)).toBe(true);
  });

  it('has 59,554 interactions (about 60,000: 40 per opportunity), all before the reference date with unique source keys', () => {
    expect(org.interactions.length).toBe(59554);
    expect(new Set(org.interactions.map((i) => i.sourceKey)).size).toBe(59554);
    expect(org.interactions.every((i) => i.timestamp <= Date.UTC(2026, 9, 31))).toBe(true);
  });

  it('carries the signal: closed deals with an economic-buyer exchange win far more often', () => {
    const closed = org.opportunities.filter((o) => o.status !== 'open');
    const withBuyer = new Set(org.interactions.filter((i) => i.transactionId === 'T05').map((i) => i.opportunityId));
    const rate = (deals: typeof closed): [number, number] => [deals.filter((o) => o.status === 'won').length, deals.length];
    expect(rate(closed.filter((o) => withBuyer.has(o.id)))).toEqual([353, 632]);
    expect(rate(closed.filter((o) => !withBuyer.has(o.id)))).toEqual([70, 476]);
    // 55.9% vs 14.7%.
  });

  it('scales opportunities with `scale`', () => {
    expect(generateDemoOrganisation({ seed: 7, scale: 0.02 }).opportunities.length).toBe(30);
  });
});

describe('toGraphSeed', () => {
  it('turns Graph-sourced interactions into events, mail metadata and planner tasks, copying the seller on staff meetings and security mails', () => {
    const seed = toGraphSeed(org);
    const bySource = countBy(org.interactions, (i) => i.source);
    expect([seed.users?.length, seed.defaultUserUpn]).toEqual([56, org.siteOwner.email]);
    expect([bySource['graph:calendar'], bySource['graph:mail'], bySource['graph:planner']]).toEqual([18962, 14558, 4589]);
    // One copy per exchange plus the seller's copy of 5,985 SE/CSM meetings and 2,249 security mails.
    expect([seed.events?.length, seed.messages?.length, seed.plannerTasks?.length]).toEqual([18962 + 5985, 14558 + 2249, 4589]);
    expect(new Set(seed.events?.map((e) => e.resource.iCalUId)).size).toBe(18962);
    expect(new Set(seed.messages?.map((m) => m.resource.internetMessageId)).size).toBe(14558);
    const first = org.interactions.find((i) => i.source === 'graph:mail');
    const message = seed.messages?.find((m) => `graph:mail:${String(m.resource.internetMessageId)}` === first?.sourceKey);
    expect(message?.resource.body).toBeUndefined();
    expect(message?.resource.subject).toMatch(/^\[OPP-\d{5}\] /);
  });
});
