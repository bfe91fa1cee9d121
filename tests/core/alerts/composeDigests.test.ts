import { buildAlertCard, MAX_CARD_BYTES, utf8Length } from '../../../src/core/alerts/alertCard';
import { buildAlertEmail } from '../../../src/core/alerts/alertEmail';
import type { MonitorRule } from '../../../src/core/alerts/alertRules';
import { alertNames } from '../../../src/core/alerts/alertNames';
import { composeDigests } from '../../../src/core/alerts/composeDigests';
import type { OpportunityAnalysis } from '../../../src/core/alerts/evaluateAlertRules';
import { alertDeepLink, alertKeyOfSubEntity } from '../../../src/core/alerts/teamsDeepLink';
import type { Blueprint } from '../../../src/core/model/blueprint';
import type { Opportunity } from '../../../src/core/model/interaction';
import { TAB } from '../../fixtures/alerts/plannedAlerts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 9, 31, 14, 0);
const DATE = '2026-10-31';

const blueprint = {
  id: 'b', name: 'B', version: 3, status: 'published',
  roles: [{ id: 'eb', name: 'Economic buyer', side: 'customer' }, { id: 'ae', name: 'Account executive', side: 'internal' }],
  stages: [{ id: 'discover', name: 'Discover', order: 1 }, { id: 'validate', name: 'Validate', order: 2 }],
  transactions: [
    { id: 'T1', sequence: 1, from: 'ae', to: 'eb', deliverable: 'Discovery call', kind: 'intangible', stage: 'discover' },
    { id: 'T2', sequence: 2, from: 'ae', to: 'eb', deliverable: 'Business case', kind: 'tangible', stage: 'validate' }
  ]
} as unknown as Blueprint;
const names = alertNames(blueprint, new Map([['ann@x.example', 'Ann Ames'], ['bob@x.example', 'Bob Berg']]));

function deal(id: string, owner: string, team: string, stageId: string, enteredAt: number, status: Opportunity['status'] = 'open'): Opportunity {
  return { id, name: `Deal ${id}`, account: 'acme', owner, team, amount: 1, status, createdAt: 0, stageHistory: [{ stageId, enteredAt }] };
}

function analysis(opportunity: Opportunity, extra: Partial<OpportunityAnalysis> = {}): OpportunityAnalysis {
  return { opportunity, deviations: [], overdue: [], analysedAt: NOW, ...extra };
}

const analyses: OpportunityAnalysis[] = [
  analysis(deal('A1', 'ann@x.example', 'north', 'validate', NOW - 50 * DAY), { overdue: [{ transactionId: 'T2', dueAt: NOW - 20 * DAY - 1 }], dueSoon: [{ transactionId: 'T1', dueAt: NOW + 2 * DAY + 1 }] }),
  analysis(deal('A2', 'ann@x.example', 'north', 'discover', NOW - 10 * DAY), { overdue: [{ transactionId: 'T1', dueAt: NOW - 5 * DAY - 1 }] }),
  analysis(deal('A3', 'ann@x.example', 'north', 'validate', NOW - 90 * DAY, 'won'), { overdue: [{ transactionId: 'T2', dueAt: NOW - 60 * DAY }] }),
  analysis(deal('B1', 'bob@x.example', 'south', 'validate', NOW - 35 * DAY), { overdue: [{ transactionId: 'T2', dueAt: NOW - 30 * DAY - 1 }] }),
  analysis(deal('B2', 'bob@x.example', 'south', 'validate', NOW - 3 * DAY), { dueSoon: [{ transactionId: 'T2', dueAt: NOW + 10 * DAY }] })
];

const rule = (trigger: MonitorRule['trigger']): MonitorRule => ({ id: 'due', name: 'Due', enabled: true, trigger, channel: 'webhook', target: 'sales-alerts', delivery: 'digest' });
const dueRule = rule({ kind: 'due-exchange', graceDays: 3 });

describe('composeDigests', () => {
  it('gives the rule\'s target a team summary: counts by seller, stage and kind, the most urgent deals by name', () => {
    const [team] = composeDigests(dueRule, analyses, NOW, DATE, { names });
    expect(team).toEqual({
      ruleId: 'due',
      ruleName: 'Due',
      channel: 'webhook',
      target: 'sales-alerts',
      dedupeKey: `*|due|digest|${DATE}`,
      opportunityId: '*',
      level: 'critical',
      title: `Due: 4 actions on 3 deals of 2 sellers on ${DATE}`,
      lines: [
        { opportunityId: 'B1', opportunityName: 'Deal B1', level: 'critical', text: 'Bob Berg: "Business case" is 30 days overdue.' },
        { opportunityId: 'A1', opportunityName: 'Deal A1', level: 'critical', text: 'Ann Ames: "Business case" is 20 days overdue. (+1 more)' },
        { opportunityId: 'A2', opportunityName: 'Deal A2', level: 'warning', text: 'Ann Ames: "Discovery call" is 5 days overdue.' }
      ],
      summary: {
        bySeller: [{ name: 'Ann Ames', count: 3 }, { name: 'Bob Berg', count: 1 }],
        byStage: [{ name: 'Validate', count: 3 }, { name: 'Discover', count: 1 }],
        byKind: [{ name: 'overdue', count: 3 }, { name: 'due', count: 1 }]
      },
      dealIds: ['A1', 'A2', 'B1'],
      total: 4,
      audience: 'team'
    });
  });

  it('gives each seller their own deals\' actions, most urgent first, capped, and each manager their team', () => {
    const planned = composeDigests(dueRule, analyses, NOW, DATE, { names, maxLines: 2, sellers: { channel: 'mail' }, managers: { north: 'nina@x.example' } });
    expect(planned.map((a) => [a.dedupeKey, a.opportunityId, a.channel, a.target, a.title, a.lines.map((l) => `${l.opportunityId}: ${l.text}`), a.dealIds, a.total])).toEqual([
      [`*|due|digest|${DATE}`, '*', 'webhook', 'sales-alerts', `Due: 4 actions on 3 deals of 2 sellers on ${DATE}`, ['B1: Bob Berg: "Business case" is 30 days overdue.', 'A1: Ann Ames: "Business case" is 20 days overdue. (+1 more)', 'A2: Ann Ames: "Discovery call" is 5 days overdue.'], ['A1', 'A2', 'B1'], 4],
      [`team:north|due|digest|${DATE}`, 'team:north', 'mail', 'nina@x.example', `Due (north): 3 actions on 2 deals of 1 seller on ${DATE}`, ['A1: Ann Ames: "Business case" is 20 days overdue. (+1 more)', 'A2: Ann Ames: "Discovery call" is 5 days overdue.'], ['A1', 'A2'], 3],
      [`@ann@x.example|due|digest|${DATE}`, '@ann@x.example', 'mail', 'ann@x.example', `Due: 3 actions on 2 of your deals on ${DATE}`, ['A1: "Business case" is 20 days overdue.', 'A2: "Discovery call" is 5 days overdue.'], ['A1', 'A2'], 3],
      [`@bob@x.example|due|digest|${DATE}`, '@bob@x.example', 'mail', 'bob@x.example', `Due: 1 action on 1 of your deals on ${DATE}`, ['B1: "Business case" is 30 days overdue.'], ['B1'], 1]
    ]);
  });

  it('plans no digest its reader snoozed (scope and rule), and the others as usual', () => {
    const planned = composeDigests(dueRule, analyses, NOW, DATE, { names, sellers: { channel: 'mail' }, snoozed: new Set(['@ann@x.example|due', '@bob@x.example|other-rule']) });
    expect(planned.map((a) => a.dedupeKey)).toEqual([`*|due|digest|${DATE}`, `@bob@x.example|due|digest|${DATE}`]);
  });

  it('lists missing exchanges and roles by name and never history (late, out of order, unexpected)', () => {
    const withDeviations = [analysis(deal('C1', 'ann@x.example', 'north', 'validate', NOW - 5 * DAY), {
      deviations: [
        { kind: 'missing-exchange', severity: 'high', transactionId: 'T2', message: 'T2 missing' },
        { kind: 'uncovered-role', severity: 'medium', roleId: 'eb', message: 'eb uncovered' },
        { kind: 'late', severity: 'high', transactionId: 'T1', message: 'It happened after the deadline.' },
        { kind: 'out-of-order', severity: 'high', transactionId: 'T1', message: 'Out of order.' }
      ]
    })];
    const deviationRule = rule({ kind: 'deviation', deviations: ['missing-exchange', 'uncovered-role', 'late', 'out-of-order'], minSeverity: 'medium' });
    const [team] = composeDigests(deviationRule, withDeviations, NOW, DATE, { names });
    expect(team.lines.map((l) => [l.level, l.text])).toEqual([['critical', 'Ann Ames: "Business case" has not happened yet. (+1 more)']]);
    const [, own] = composeDigests(deviationRule, withDeviations, NOW, DATE, { names, sellers: { channel: 'mail' } });
    expect(own.lines.map((l) => [l.level, l.text])).toEqual([['critical', '"Business case" has not happened yet.'], ['warning', 'No one in the role "Economic buyer" has been involved yet.']]);
    // Only history: no digest at all.
    expect(composeDigests(rule({ kind: 'deviation', deviations: ['late', 'out-of-order'], minSeverity: 'low' }), withDeviations, NOW, DATE, { names })).toEqual([]);
  });

  it('says how long a deal has stalled in its stage by the stage\'s name', () => {
    const [team] = composeDigests(rule({ kind: 'stalled-stage', maxDays: 30 }), analyses, NOW, DATE, { names });
    expect(team.lines.map((l) => [l.opportunityId, l.level, l.text])).toEqual([
      ['A1', 'warning', 'Ann Ames: In stage "Validate" for 50 days (limit 30).'],
      ['B1', 'warning', 'Bob Berg: In stage "Validate" for 35 days (limit 30).']
    ]);
  });

  it('links cards and mails to the dashboard filtered to exactly the digest\'s deals, with what is left out', () => {
    const planned = composeDigests(dueRule, analyses, NOW, DATE, { names, maxLines: 2, sellers: { channel: 'mail' } });
    const ann = planned[1];
    const link = alertDeepLink(TAB, ann.dedupeKey);
    expect(link).toBe('https://teams.microsoft.com/l/entity/a1b2c3d4-0000-4000-8000-000000000001/performanceDashboard?context=%7B%22subEntityId%22%3A%22alert%3A%40ann%40x.example%7Cdue%7Cdigest%7C2026-10-31%22%7D');
    expect(alertKeyOfSubEntity(JSON.parse(decodeURIComponent(link.split('context=')[1])).subEntityId as string)).toBe(ann.dedupeKey);
    const mail = buildAlertEmail(ann, TAB, 'd-1');
    expect(mail.html).toContain(`<p><a href="${link}">1 more in the dashboard</a></p>`);
    const card = buildAlertCard(planned[0], TAB, 'd-2');
    const body = card.body as { type: string; text?: string; facts?: unknown }[];
    expect(body[2]).toEqual({ type: 'FactSet', facts: [{ title: 'By kind', value: 'Overdue 3, Due soon 1' }, { title: 'By seller', value: 'Ann Ames 3, Bob Berg 1' }, { title: 'By stage', value: 'Validate 3, Discover 1' }] });
    expect(body[body.length - 2].text).toBe(`[All 4 actions on 3 deals in the dashboard](${alertDeepLink(TAB, planned[0].dedupeKey)})`);
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open these deals in the dashboard', url: alertDeepLink(TAB, planned[0].dedupeKey) }]);
  });

  it('composes the digests of 1,500 deals of 40 sellers within bounds: a card under the Teams limit, a mail of a few KB', () => {
    const many: OpportunityAnalysis[] = Array.from({ length: 1500 }, (_, i) => analysis(deal(`D${i}`, `seller${i % 40}@x.example`, `team${i % 5}`, i % 2 ? 'validate' : 'discover', NOW - (i % 90) * DAY), {
      overdue: [{ transactionId: 'T1', dueAt: NOW - (i % 60) * DAY - 4 * DAY }, { transactionId: 'T2', dueAt: NOW - (i % 30) * DAY - 4 * DAY }]
    }));
    const started = performance.now();
    const planned = composeDigests(dueRule, many, NOW, DATE, { names, sellers: { channel: 'mail' } });
    const elapsed = performance.now() - started;
    expect(planned).toHaveLength(41);
    expect(planned[0].total).toBe(3000);
    expect(planned[0].lines).toHaveLength(5);
    // 1,500 deals over 40 sellers: sellers 0-19 own 38, sellers 20-39 own 37; every deal has two overdue exchanges.
    const own = planned.slice(1).map((a) => [a.target, a.dealIds?.length, a.total, a.lines.length]);
    expect(own.slice(0, 3)).toEqual([['seller0@x.example', 38, 76, 10], ['seller10@x.example', 38, 76, 10], ['seller11@x.example', 38, 76, 10]]);
    expect(own.filter(([, deals]) => deals === 37)).toHaveLength(20);
    const sizes = planned.map((a) => utf8Length(buildAlertEmail(a, TAB, 'd').html));
    expect(Math.max(...sizes)).toBeLessThan(8 * 1024);
    expect(Math.max(...planned.map((a) => utf8Length(JSON.stringify(buildAlertCard(a, TAB, 'd')))))).toBeLessThan(MAX_CARD_BYTES);
    // Not a timing assertion (tests never fail on time); reported for the README.
    process.stdout.write(`composeDigests 1,500 deals: ${elapsed.toFixed(1)} ms, largest mail ${Math.max(...sizes)} bytes\n`);
  });
});
