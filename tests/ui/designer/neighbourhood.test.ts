import { neighbourhood } from '../../../src/ui/designer/neighbourhood';
import { smallBlueprint } from '../../fixtures/model/smallBlueprint';

const sorted = (n: { roles: ReadonlySet<string>; transactions: ReadonlySet<string> }): { roles: string[]; transactions: string[] } => ({
  roles: [...n.roles].sort(),
  transactions: [...n.transactions].sort()
});

describe('neighbourhood', () => {
  // t1 ae->ch, t2 ch->ae (s1); t3 se->ch, t4 eb->ae (s2); pt has no exchanges.
  it('gives a role its exchanges and their partners in one step, and theirs in two', () => {
    expect(sorted(neighbourhood(smallBlueprint, { kind: 'role', id: 'se' }, 1))).toEqual({ roles: ['ch', 'se'], transactions: ['t3'] });
    expect(sorted(neighbourhood(smallBlueprint, { kind: 'role', id: 'se' }, 2))).toEqual({ roles: ['ae', 'ch', 'se'], transactions: ['t1', 't2', 't3'] });
    expect(sorted(neighbourhood(smallBlueprint, { kind: 'role', id: 'se' }, 3))).toEqual({ roles: ['ae', 'ch', 'eb', 'se'], transactions: ['t1', 't2', 't3', 't4'] });
  });

  it('gives a stage its exchanges and roles in one step and walks from those roles after that', () => {
    expect(sorted(neighbourhood(smallBlueprint, { kind: 'stage', id: 's1' }, 1))).toEqual({ roles: ['ae', 'ch'], transactions: ['t1', 't2'] });
    expect(sorted(neighbourhood(smallBlueprint, { kind: 'stage', id: 's1' }, 2))).toEqual({ roles: ['ae', 'ch', 'eb', 'se'], transactions: ['t1', 't2', 't3', 't4'] });
  });

  it('keeps an isolated role alone and gives nothing for unknown ids', () => {
    expect(sorted(neighbourhood(smallBlueprint, { kind: 'role', id: 'pt' }, 2))).toEqual({ roles: ['pt'], transactions: [] });
    expect(sorted(neighbourhood(smallBlueprint, { kind: 'role', id: 'nobody' }, 1))).toEqual({ roles: [], transactions: [] });
    expect(sorted(neighbourhood(smallBlueprint, { kind: 'stage', id: 'nowhere' }, 2))).toEqual({ roles: [], transactions: [] });
  });
});
