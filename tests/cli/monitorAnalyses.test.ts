import { monitorAnalyses } from '../../cli/commands/monitorAnalyses';
import { evaluateAlertRules } from '../../src/core/alerts/evaluateAlertRules';
import type { MonitorRule } from '../../src/core/alerts/alertRules';
import type { Interaction } from '../../src/core/model/interaction';
import type { AnalysisSnapshot, OpportunityRecord } from '../../src/services/ports';
import { opportunity } from '../adapters/sharepoint/fixtures';
import { SMALL_TECHNICAL_BLUEPRINT } from '../fixtures/alerts/technicalBlueprint';

const DAY = 86_400_000;
const T = Date.UTC(2026, 9, 1);
const NOW = T + 20 * DAY;

function snapshot(analysedAt: number, score?: number): AnalysisSnapshot {
  return { ...(score !== undefined ? { score } : {}), fitness: 1, deviations: { violated: 0, pending: 0, satisfied: 0, deviationCount: 0, top: [] }, analysedAt, blueprintId: 'bp-small', blueprintVersion: 1 };
}

function record(id: string, itemId: number, snap?: AnalysisSnapshot, status: 'open' | 'won' = 'open'): OpportunityRecord {
  return { opportunity: opportunity(id, { name: `Deal ${id}`, status, stageHistory: [{ stageId: 'discover', enteredAt: T }] }), ...(snap ? { snapshot: snap } : {}), itemId };
}

const discovery: Interaction = { opportunityId: 'A', timestamp: T + 2 * DAY, fromRole: 'ae', toRole: 'champion', transactionId: 'T1', activity: 'Discovery call', sourceKey: 'k1' } as Interaction;

const RULES: MonitorRule[] = [
  { id: 'drop', name: 'Score drop', enabled: true, trigger: { kind: 'score-drop', minDrop: 0.2 }, channel: 'webhook', target: 'sales-alerts', delivery: 'immediate' },
  { id: 'due', name: 'Overdue', enabled: true, trigger: { kind: 'due-exchange', graceDays: 1 }, channel: 'mail', target: 'lead@seller.example', delivery: 'immediate' }
];

describe('monitorAnalyses', () => {
  const before = [record('A', 1, snapshot(T, 0.7)), record('B', 2, snapshot(T, 0.7)), record('C', 3, snapshot(T, 0.6))];
  // A re-analysed (0.7 -> 0.45), B not re-analysed, C re-analysed (0.6 -> 0.5), D new, W won.
  const after = [record('A', 1, snapshot(NOW, 0.45)), record('B', 2, snapshot(T, 0.7)), record('C', 3, snapshot(NOW, 0.5)), record('D', 4, snapshot(NOW, 0.2)), record('W', 5, snapshot(NOW, 0.1), 'won')];
  const interactions = new Map<string, Interaction[]>([['A', [discovery]], ['B', []]]);

  it('gives the previous score only to re-analysed deals and overdue exchanges only to deals whose interactions were read', () => {
    const analyses = monitorAnalyses(before, after, SMALL_TECHNICAL_BLUEPRINT, interactions, NOW);
    expect(analyses.map((a) => [a.opportunity.id, a.score, a.previousScore, a.overdue])).toEqual([
      // A: discovery on day 2, business case due 5 days later (day 7), not happened.
      ['A', 0.45, 0.7, [{ transactionId: 'T2', dueAt: T + 7 * DAY }]],
      // B: discover entered on day 0, discovery due on day 7, nothing happened.
      ['B', 0.7, undefined, [{ transactionId: 'T1', dueAt: T + 7 * DAY }]],
      ['C', 0.5, 0.6, []],
      ['D', 0.2, undefined, []]
    ]);
  });

  it('lets the score-drop and due-exchange rules alert on them with their dedupe windows', () => {
    const planned = evaluateAlertRules(RULES, monitorAnalyses(before, after, SMALL_TECHNICAL_BLUEPRINT, interactions, NOW), NOW);
    expect(planned.map((p) => [p.dedupeKey, p.lines[0].text])).toEqual([
      [`A|drop|score-drop|${NOW}`, 'Win probability fell from 70% to 45%.'],
      [`A|due|due:T2|${T + 7 * DAY}`, '"T2" is 13 days overdue.'],
      [`B|due|due:T1|${T + 7 * DAY}`, '"T1" is 13 days overdue.']
    ]);
  });
});
