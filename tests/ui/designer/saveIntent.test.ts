import { newBlueprint } from '../../../src/ui/designer/saveIntent';

describe('newBlueprint', () => {
  it('starts a new blueprint empty, as draft version 1', () => {
    expect(newBlueprint('Mine')).toEqual({ id: 'strategy-blueprint', name: 'Mine', version: 1, status: 'draft', roles: [], stages: [], transactions: [] });
  });
});
