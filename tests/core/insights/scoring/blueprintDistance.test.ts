import { caseBehaviour } from '../../../../src/core/insights/behaviour/caseBehaviour';
import { blueprintDistance } from '../../../../src/core/insights/scoring/blueprintDistance';
import { day, fiveAndFive, smallBlueprint } from '../../../fixtures/insights/smallOrg';

describe('blueprintDistance', () => {
  const l2 = fiveAndFive.opportunities[6];
  const behaviour = caseBehaviour(l2, fiveAndFive.interactions, smallBlueprint, day(25));

  it('is the done share of required exchanges due so far', () => {
    const result = blueprintDistance(behaviour, smallBlueprint);
    expect(result.requiredDue).toBe(3);
    expect(result.requiredDone).toBe(2);
    expect(result.probability).toBeCloseTo(2 / 3, 12);
    expect(result.contributions).toEqual([
      { feature: 'exchange:t3', label: 'no "Business case" (Account executive → Economic buyer)', value: 0, points: -100 / 3 }
    ]);
  });

  it('weights by conformance fitness, contributions summing to 100·(p - 1)', () => {
    const result = blueprintDistance(behaviour, smallBlueprint, new Map([['discover', 1], ['prove', 0.5], ['close', 0]]));
    // fitness factor = mean(1, 0.5) over reached stages = 0.75; p = 2/3 · 0.75 = 0.5
    expect(result.fitnessFactor).toBe(0.75);
    expect(result.probability).toBeCloseTo(0.5, 12);
    expect(result.contributions[1].points).toBeCloseTo((-100 * 2) / 3 / 4, 12);
    expect(result.contributions.reduce((s, c) => s + c.points, 0)).toBeCloseTo(-50, 12);
  });
});
