import type { Interaction, Opportunity } from '../../../src/core/model/interaction';
import { selectInteractions } from '../../../src/core/network/selectInteractions';

function opportunity(id: string, owner: string, team: string): Opportunity {
  return { id, account: 'Acme', owner, team, amount: 1, status: 'open', createdAt: 0, stageHistory: [] };
}
function interaction(opportunityId: string, timestamp: number): Interaction {
  return { opportunityId, timestamp, activity: 'x', source: 'test', sourceKey: `${opportunityId}-${timestamp}` };
}

describe('selectInteractions', () => {
  const opportunities = [opportunity('o1', 'pete', 'east'), opportunity('o2', 'anna', 'east'), opportunity('o3', 'pete', 'west')];
  const interactions = [interaction('o1', 10), interaction('o2', 20), interaction('o3', 30), interaction('o9', 40), interaction('o1', 50)];
  const keys = (list: Interaction[]): string[] => list.map((i) => i.sourceKey);

  it('keeps everything for an empty selection', () => {
    expect(keys(selectInteractions(interactions, opportunities, {}))).toEqual(['o1-10', 'o2-20', 'o3-30', 'o9-40', 'o1-50']);
  });

  it('filters by opportunity, owner and team (dropping unattributable interactions for owner/team)', () => {
    expect(keys(selectInteractions(interactions, opportunities, { opportunityIds: ['o1', 'o9'] }))).toEqual(['o1-10', 'o9-40', 'o1-50']);
    expect(keys(selectInteractions(interactions, opportunities, { owner: 'pete' }))).toEqual(['o1-10', 'o3-30', 'o1-50']);
    expect(keys(selectInteractions(interactions, opportunities, { team: 'east' }))).toEqual(['o1-10', 'o2-20', 'o1-50']);
    expect(keys(selectInteractions(interactions, opportunities, { owner: 'pete', team: 'east' }))).toEqual(['o1-10', 'o1-50']);
  });

  it('uses a half-open period [from, to)', () => {
    expect(keys(selectInteractions(interactions, opportunities, { from: 20, to: 40 }))).toEqual(['o2-20', 'o3-30']);
  });
});
