/**
 * Pins every figure a training produces (coefficients, calibration, evaluation, patterns) on a small
 * seeded demo organisation (seed 42, 300 deals, 11,878 interactions), so that making the training
 * faster can never change what it computes. The fixture was written by the implementation before the
 * training shared its per-deal readings between model, evaluation and patterns; compared as JSON
 * (every double survives a JSON round trip exactly), so equal here means equal to the last bit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Interaction, Opportunity } from '../../../src/core/model/interaction';
import { buildModelRecord } from '../../../src/services/insights/trainModel';
import { generateDemoOrganisation } from '../../../workbench/demo';

const fixture = JSON.parse(readFileSync(join(__dirname, '../../fixtures/insights/demoScale02ModelRecord.json'), 'utf8')) as { creationOrder: unknown; siteOrder: unknown };
const org = generateDemoOrganisation({ seed: 42, scale: 0.2 });
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The closed deals as the site reads them: won, then lost, then no-decision, each with its interactions. */
function siteOrder(): { opportunities: Opportunity[]; interactions: Interaction[] } {
  const opportunities = (['won', 'lost', 'no-decision'] as const).flatMap((status) => org.opportunities.filter((o) => o.status === status));
  const ids = new Set(opportunities.map((o) => o.id));
  const byDeal = new Map<string, Interaction[]>();
  for (const i of org.interactions) if (ids.has(i.opportunityId)) byDeal.set(i.opportunityId, [...(byDeal.get(i.opportunityId) ?? []), i]);
  return { opportunities, interactions: opportunities.flatMap((o) => byDeal.get(o.id) ?? []) };
}

describe('buildModelRecord figures stay exactly as pinned', () => {
  it('on the demo organisation in creation order', () => {
    expect([org.opportunities.length, org.interactions.length]).toEqual([300, 11_878]);
    const record = buildModelRecord(org, org.blueprint, { now: org.referenceDate, trainedBy: 'Pin' });
    expect(record.label).toBe('logistic (84 won / 126 lost)');
    expect(record.evaluation?.modelMetrics.auc).toBe(0.7608333333333334);
    expect(record.evaluation?.modelMetrics.brier).toBe(0.20762435874402144);
    expect(asJson(record)).toEqual(fixture.creationOrder);
  });

  it('on the same deals in the order the site reads them', () => {
    const record = buildModelRecord(siteOrder(), org.blueprint, { now: org.referenceDate, trainedBy: 'Pin' });
    expect(asJson(record)).toEqual(fixture.siteOrder);
  });
});
