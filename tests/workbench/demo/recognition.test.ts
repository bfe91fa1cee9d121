/**
 * The demo's Technical Blueprint over the demo's own Graph seed (seed 42): every item mapped through
 * the sync's mappers, recognised, and checked against the interactions the SharePoint seed already
 * holds under the same source keys.
 */
import { generateDemoOrganisation, toGraphSeed } from '../../../workbench/demo';
import type { DemoOrganisation } from '../../../workbench/demo';
import { demoBaseOf, demoSourceKey } from '../../../workbench/demo/graphIds';
import { eventToSourceItem, messageToSourceItem, plannerTaskToSourceItem } from '../../../src/adapters/graph/sourceItemMappers';
import { validateTechnicalBlueprint } from '../../../src/core/model';
import type { GraphSeed } from '../../../workbench/server/graph/types';
import { recogniseItems, type RecognitionResult } from '../../../src/core/recognition/recogniseItems';
import type { SourceItem } from '../../../src/core/recognition/sourceItem';
import { recognitionParticipants } from '../../../src/services/sync';
import { demoParticipants } from '../../../workbench/seed';

let org: DemoOrganisation;
let seed: GraphSeed;
let items: SourceItem[];
/** Recognition with the context the sync builds from the seeded site. */
let result: RecognitionResult;

function countBy<T>(list: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of list) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

beforeAll(() => {
  org = generateDemoOrganisation({ seed: 42 });
  seed = toGraphSeed(org);
  const emailOf = new Map((seed.users ?? []).map((user) => [user.id, user.mail]));
  items = [
    ...(seed.events ?? []).map((event) => eventToSourceItem(event.resource)),
    ...(seed.messages ?? []).map((message) => messageToSourceItem(message.resource)),
    ...(seed.plannerTasks ?? []).map((task) => plannerTaskToSourceItem(task, (id) => emailOf.get(id)))
  ].filter((item): item is SourceItem => item !== undefined);
  const opportunities = org.opportunities.map((o) => ({ id: o.id, account: o.account, status: o.status }));
  // The participants exactly as the sync assembles them from the seeded site: the Technical Blueprint's
  // staff plus the account-wide customer contacts the workbench seed stores.
  const participants = recognitionParticipants(org.blueprint, opportunities, demoParticipants(org));
  result = recogniseItems(items, { blueprint: org.blueprint, participants, opportunities });
}, 60_000);

describe('demo source keys (graphIds)', () => {
  it('keys each source as the sync keys its Graph record, and reads the base back', () => {
    expect(demoSourceKey('graph:calendar', 'OPP-00001-002', 'zoe@acme.example')).toBe('graph:calendar:ical-OPP-00001-002');
    expect(demoSourceKey('graph:mail', 'OPP-00001-011', 'Lena@Graphic-Pharma.example')).toBe('graph:mail:<OPP-00001-011@graphic-pharma.example>');
    expect(demoSourceKey('graph:planner', 'OPP-00001-053', 'priya@x.example')).toBe('graph:planner:task-OPP-00001-053');
    expect(demoSourceKey('csv', 'OPP-00001-013', 'priya@x.example')).toBe('csv:OPP-00001-013');
    expect(demoBaseOf('graph:mail:<OPP-00001-011@graphic-pharma.example>')).toBe('OPP-00001-011');
    expect(demoBaseOf('graph:calendar:someone-else')).toBeUndefined();
  });
});

describe('the demo Technical Blueprint', () => {
  it('is valid against the demo blueprint', () => {
    const technical = org.blueprint.technical;
    expect(technical).toBeDefined();
    expect(technical === undefined ? ['missing'] : validateTechnicalBlueprint(technical, org.blueprint)).toEqual([]);
  });

  it('recognises the 14 meeting, mail and task transactions the seed records in Graph', () => {
    const recognition = org.blueprint.technical?.recognition ?? [];
    expect(recognition.map((entry) => `${entry.transactionId}:${entry.rules.map((rule) => rule.kind).join('+')}`)).toEqual([
      'T01:meeting', 'T03:mail', 'T04:meeting', 'T05:meeting', 'T06:mail', 'T07:meeting', 'T09:mail',
      'T10:meeting', 'T12:mail', 'T17:mail', 'T18:plannerTask', 'T22:plannerTask', 'T23:mail', 'T25:meeting'
    ]);
    expect(recognition.find((entry) => entry.transactionId === 'T04')?.rules).toEqual([{ kind: 'meeting', attendeeRole: 'account-executive', subjectContains: 'Current process walkthrough' }]);
    expect(recognition.find((entry) => entry.transactionId === 'T25')?.rules).toEqual([{ kind: 'meeting', attendeeRole: 'customer-success', subjectContains: 'Onboarding kickoff' }]);
    expect(recognition.find((entry) => entry.transactionId === 'T12')?.rules).toEqual([{ kind: 'mail', fromRole: 'security', toRole: 'sales-engineer', subjectContains: 'Security questionnaire' }]);
    expect(recognition.find((entry) => entry.transactionId === 'T22')?.rules).toEqual([{ kind: 'plannerTask', titleContains: 'Mutual close plan' }]);
  });

  it('maps the 55 internal people on every account and stays within one SharePoint column', () => {
    const participants = org.blueprint.technical?.participants ?? [];
    expect(participants.length).toBe(55);
    expect(countBy(participants, (p) => `${p.account} ${p.roleId}`)).toEqual({ '* account-executive': 40, '* sales-engineer': 5, '* customer-success': 5, '* executive-sponsor': 3, '* legal': 2 });
    expect(JSON.stringify(org.blueprint).length).toBe(15170);
  });

  it('sends two daily digests: pattern gaps to the webhook, late exchanges to sales operations', () => {
    expect((org.blueprint.technical?.alertRules ?? []).map((r) => [r.id, r.deviations.join('+'), r.minSeverity, r.channel, r.target, r.delivery, r.digestHourUtc])).toEqual([
      ['pattern-gaps', 'missing-exchange+single-threaded+uncovered-role', 'high', 'webhook', 'sales-alerts', 'digest', 6],
      ['late-exchanges', 'late+out-of-order', 'medium', 'mail', org.siteOwner.email, 'digest', 6]
    ]);
  });
});

describe('recognising the demo Graph seed (seed 42)', () => {
  it('reads 46,343 items: the staff meetings and security mails also sit in the seller\'s calendar and inbox', () => {
    expect([seed.events?.length, seed.messages?.length, seed.plannerTasks?.length, items.length]).toEqual([24947, 16807, 4589, 46343]);
    const copy = seed.events?.filter((event) => event.resource.iCalUId === 'ical-OPP-00001-009').map((event) => event.ownerId);
    expect(copy).toEqual(['user-omar-fischer', 'user-priya-silva']);
  });

  it('as the sync sees the seeded site, recognises 25,790 exchanges by kind and transaction, and leaves the 12,319 unexpected ones for review', () => {
    expect(result.interactions.length).toBe(25790);
    expect(countBy(result.interactions, (i) => i.channel ?? '')).toEqual({ meeting: 12819, mail: 10459, task: 2512 });
    expect(countBy(result.interactions, (i) => i.transactionId ?? '')).toEqual({
      T01: 3138, T04: 1577, T05: 2119, T07: 3006, T10: 2395, T25: 584,
      T03: 1867, T06: 2084, T09: 1954, T12: 2249, T17: 1439, T23: 866,
      T18: 1221, T22: 1291
    });
    expect(result.unmatchedByReason).toEqual({ 'no-customer-contact': 0, 'several-accounts': 0, 'no-open-opportunity': 0, 'several-open-opportunities': 0, 'no-recognition-rule': 12319, 'incomplete-task': 0 });
    expect(countBy(result.unmatched, (u) => u.subject.replace(/^\[OPP-\d+\] /, ''))).toEqual({
      'Internal forecast review': 2061, 'Lunch with champion': 2034, 'Conference meeting': 2048,
      'Pricing question': 1979, 'Newsletter reply': 2120, 'Update CRM notes': 2077
    });
  });

  it('finds every recognised exchange already stored by the SharePoint seed, same deal and transaction (a sync adds no duplicate)', () => {
    const stored = new Map(org.interactions.map((i) => [i.sourceKey, i]));
    const differing = result.interactions.filter((i) => stored.get(i.sourceKey)?.opportunityId !== i.opportunityId || stored.get(i.sourceKey)?.transactionId !== i.transactionId);
    expect(differing.length).toBe(0);
    expect(result.unmatched.filter((u) => stored.get(u.sourceKey)?.transactionId !== undefined || stored.get(u.sourceKey)?.opportunityId !== u.opportunityId).length).toBe(0);
    expect(org.interactions.filter((i) => i.source.startsWith('graph:')).length).toBe(result.interactions.length + result.unmatched.length);
  });

  it('spot-checks OPP-00001 (Graphic Pharma, Priya Silva): a customer-organised meeting, an SE workshop, a security mail, a close-plan task', () => {
    const byKey = new Map(result.interactions.map((i) => [i.sourceKey, i]));
    expect(byKey.get('graph:calendar:ical-OPP-00001-002')).toEqual({
      opportunityId: 'OPP-00001', timestamp: Date.UTC(2025, 3, 27, 0, 1, 51), activity: 'T04', transactionId: 'T04',
      fromParticipant: 'zoe.costa@graphic-pharma.example', toParticipant: 'priya.silva@contoso-sales.example',
      fromRole: 'end-user-lead', toRole: 'account-executive', channel: 'meeting', source: 'graph:calendar', sourceKey: 'graph:calendar:ical-OPP-00001-002'
    });
    const brief = (key: string): unknown[] => {
      const i = byKey.get(key);
      return [i?.opportunityId, i?.transactionId, i?.fromParticipant, i?.toParticipant, i?.timestamp];
    };
    expect(brief('graph:calendar:ical-OPP-00001-009')).toEqual(['OPP-00001', 'T07', 'omar.fischer@contoso-sales.example', 'grace.a.fischer@graphic-pharma.example', Date.UTC(2025, 5, 2, 7, 46, 58)]);
    expect(brief('graph:mail:<OPP-00001-023@graphic-pharma.example>')).toEqual(['OPP-00001', 'T12', 'lena.b.berg@graphic-pharma.example', 'omar.fischer@contoso-sales.example', Date.UTC(2025, 6, 16, 3, 5, 24)]);
    // A Planner task names only its assignee: the champion it is for is not on it.
    expect(brief('graph:planner:task-OPP-00001-053')).toEqual(['OPP-00001', 'T22', 'priya.silva@contoso-sales.example', undefined, Date.UTC(2025, 9, 23, 11, 32, 29)]);
    expect(result.unmatched.filter((u) => u.opportunityId === 'OPP-00001').map((u) => [u.sourceKey, u.reason])).toEqual([
      ['graph:calendar:ical-OPP-00001-022', 'no-recognition-rule'],
      ['graph:calendar:ical-OPP-00001-052', 'no-recognition-rule'],
      ['graph:mail:<OPP-00001-007@contoso-sales.example>', 'no-recognition-rule'],
      ['graph:planner:task-OPP-00001-020', 'no-recognition-rule'],
      ['graph:planner:task-OPP-00001-032', 'no-recognition-rule']
    ]);
  });
});
