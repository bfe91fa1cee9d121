import { explainScore } from '../../../src/services/insights/explainScore';
import { businessCaseBlueprint } from '../../fixtures/process/businessCaseBlueprint';
import { DAY, DAY0, interactions, opportunities } from '../../fixtures/ui/salesSite';

const NOW = DAY0 + 25 * DAY;
const blueprint = { ...businessCaseBlueprint, status: 'published' as const };

describe('explainScore', () => {
  it('reads an open deal as of now, against the model the history allows (four deals: the blueprint distance)', () => {
    const explained = explainScore(opportunities, interactions, blueprint, 'o1', NOW);
    expect(explained && { id: explained.opportunity.id, asOf: explained.asOf, closedAt: explained.closedAt, model: explained.model.model, stage: explained.stageName, score: explained.score.score }).toEqual({
      id: 'o1', asOf: NOW, closedAt: undefined, model: 'blueprint-distance', stage: 'Validate', score: 75
    });
  });

  it('reads a closed deal at its last stage entry before closing, not at its close', () => {
    const explained = explainScore(opportunities, interactions, blueprint, 'o3', NOW);
    expect(explained && { asOf: explained.asOf, closedAt: explained.closedAt, stage: explained.stageName }).toEqual({ asOf: DAY0, closedAt: DAY0 + 10 * DAY, stage: 'Discover' });
  });

  it('answers undefined for an id no opportunity has', () => {
    expect(explainScore(opportunities, interactions, blueprint, 'o9', NOW)).toBeUndefined();
  });
});
