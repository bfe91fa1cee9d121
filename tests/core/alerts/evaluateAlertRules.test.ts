import type { MonitorRule } from '../../../src/core/alerts/alertRules';
import { fromAlertRule } from '../../../src/core/alerts/alertRules';
import { alertNames } from '../../../src/core/alerts/alertNames';
import { evaluateAlertRules, type OpportunityAnalysis } from '../../../src/core/alerts/evaluateAlertRules';
import type { Blueprint } from '../../../src/core/model/blueprint';
import type { Opportunity } from '../../../src/core/model/interaction';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 9, 31, 14, 0); // Saturday 31 Oct 2026, 14:00 UTC = 15:00 in Berlin (CET)

const opp = (id: string, enteredAt: number, status: Opportunity['status'] = 'open'): Opportunity => ({ id, name: `Deal ${id}`, account: 'acme', owner: 'ann@seller.example', amount: 1, status, createdAt: 0, stageHistory: [{ stageId: 'discover', enteredAt }] });

const analyses: OpportunityAnalysis[] = [
  {
    opportunity: opp('O1', NOW - 40 * DAY),
    deviations: [
      { kind: 'missing-exchange', severity: 'high', transactionId: 'T2', message: 'Business case missing.' },
      { kind: 'unexpected-exchange', severity: 'low', message: 'Unexpected "lunch".' }
    ],
    overdue: [{ transactionId: 'T2', dueAt: NOW - 3 * DAY - 1 }],
    score: 0.4,
    previousScore: 0.6,
    analysedAt: NOW - 1000
  },
  { opportunity: opp('O2', NOW - 10 * DAY), deviations: [{ kind: 'missing-exchange', severity: 'medium', transactionId: 'T1', message: 'Discovery missing.' }], overdue: [], score: 0.5, previousScore: 0.55, analysedAt: NOW - 1000 }
];

const rule = (id: string, trigger: MonitorRule['trigger'], extra: Partial<MonitorRule> = {}): MonitorRule => ({ id, name: id.toUpperCase(), enabled: true, trigger, channel: 'teams-channel', target: 'team/chan', delivery: 'immediate', ...extra });

describe('evaluateAlertRules', () => {
  it('applies deviation kinds and severity thresholds, one alert per deviation with a stable key', () => {
    const alerts = evaluateAlertRules([rule('dev', { kind: 'deviation', deviations: ['missing-exchange'], minSeverity: 'medium' })], analyses, NOW);
    expect(alerts.map((a) => [a.dedupeKey, a.level, a.title, a.lines[0].text])).toEqual([
      ['O1|dev|missing-exchange:T2|open', 'critical', 'DEV: Deal O1', 'Business case missing.'],
      ['O2|dev|missing-exchange:T1|open', 'warning', 'DEV: Deal O2', 'Discovery missing.']
    ]);
    expect(evaluateAlertRules([rule('dev', { kind: 'deviation', deviations: ['missing-exchange'], minSeverity: 'high' })], analyses, NOW).map((a) => a.opportunityId)).toEqual(['O1']);
  });

  it('fires score drop at the threshold (0.6 -> 0.4 is a drop of 0.2), not below it', () => {
    const alerts = evaluateAlertRules([rule('drop', { kind: 'score-drop', minDrop: 0.2 })], analyses, NOW);
    expect(alerts.map((a) => [a.dedupeKey, a.lines[0].text])).toEqual([[`O1|drop|score-drop|${NOW - 1000}`, 'Win probability fell from 60% to 40%.']]);
  });

  it('fires stalled stage after more than maxDays and due exchanges past their grace days', () => {
    const alerts = evaluateAlertRules([rule('stall', { kind: 'stalled-stage', maxDays: 30 }), rule('due', { kind: 'due-exchange', graceDays: 3 })], analyses, NOW);
    expect(alerts.map((a) => [a.dedupeKey, a.lines[0].text])).toEqual([
      [`O1|stall|stalled:discover|${NOW - 40 * DAY}`, 'In stage "discover" for 40 days (limit 30).'],
      [`O1|due|due:T2|${NOW - 3 * DAY - 1}`, '"T2" is 3 days overdue.']
    ]);
  });

  it('names exchanges and stages by the blueprint when given names', () => {
    const names = alertNames({ id: 'b', name: 'B', version: 1, status: 'published', roles: [], stages: [{ id: 'discover', name: 'Discover', order: 1, exitCriteria: { selling: [], buying: [] } }], transactions: [{ id: 'T2', sequence: 2, from: 'ae', to: 'eb', deliverable: 'Business case', kind: 'tangible', stage: 'discover', required: true, precededBy: [], minCount: 1 }] } as unknown as Blueprint);
    const alerts = evaluateAlertRules([rule('stall', { kind: 'stalled-stage', maxDays: 30 }), rule('due', { kind: 'due-exchange', graceDays: 3 })], analyses, NOW, { names });
    expect(alerts.map((a) => a.lines[0].text)).toEqual(['In stage "Discover" for 40 days (limit 30).', '"Business case" is 3 days overdue.']);
  });

  it('sends the day\'s digest per rule and local day from the digest hour: actions only, never history', () => {
    const digest = rule('dig', { kind: 'deviation', deviations: ['missing-exchange', 'unexpected-exchange'], minSeverity: 'low' }, { delivery: 'digest', digestHour: 15 });
    expect(evaluateAlertRules([digest], analyses, NOW, { timeZone: 'UTC' })).toEqual([]);
    const alerts = evaluateAlertRules([digest], analyses, NOW, { timeZone: 'Europe/Berlin' });
    // The unexpected "lunch" is history, not an action: two missing exchanges remain.
    expect(alerts.map((a) => [a.dedupeKey, a.opportunityId, a.level, a.title, a.lines.length, a.dealIds])).toEqual([['*|dig|digest|2026-10-31', '*', 'critical', 'DIG: 2 actions on 2 deals of 1 seller on 2026-10-31', 2, ['O1', 'O2']]]);
  });

  it('plans nothing in quiet hours (time-zone aware) or for disabled rules', () => {
    const dev = rule('dev', { kind: 'deviation', deviations: ['missing-exchange'], minSeverity: 'low' });
    // 14:00 UTC is 23:00 in Tokyo: inside 22 -> 7.
    expect(evaluateAlertRules([dev], analyses, NOW, { quietHours: { fromHour: 22, toHour: 7, timeZone: 'Asia/Tokyo' } })).toEqual([]);
    expect(evaluateAlertRules([dev], analyses, NOW, { quietHours: { fromHour: 22, toHour: 7, timeZone: 'Europe/Berlin' } })).toHaveLength(2);
    expect(evaluateAlertRules([{ ...dev, enabled: false }], analyses, NOW)).toEqual([]);
  });

  it('maps a Technical Blueprint alert rule to a deviation trigger', () => {
    expect(fromAlertRule({ id: 'r', name: 'R', enabled: true, deviations: ['late'], minSeverity: 'medium', channel: 'mail', target: 'a@b.c', delivery: 'digest', digestHourUtc: 8 })).toEqual({
      id: 'r',
      name: 'R',
      enabled: true,
      trigger: { kind: 'deviation', deviations: ['late'], minSeverity: 'medium' },
      channel: 'mail',
      target: 'a@b.c',
      delivery: 'digest',
      digestHour: 8
    });
  });
});
