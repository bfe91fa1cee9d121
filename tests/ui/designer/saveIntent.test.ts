import { blueprintToSave, newBlueprint } from '../../../src/ui/designer/saveIntent';
import { smallBlueprint } from '../../fixtures/model/smallBlueprint';

describe('blueprintToSave', () => {
  const published = { ...smallBlueprint, status: 'published' as const, version: 3 };
  const draft = { ...smallBlueprint, status: 'draft' as const, version: 4 };

  it('keeps the version of a blueprint never saved and of an unpublished draft', () => {
    expect([blueprintToSave(smallBlueprint, undefined, 'draft').status, blueprintToSave(smallBlueprint, undefined, 'draft').version]).toEqual(['draft', 1]);
    expect([blueprintToSave(smallBlueprint, undefined, 'publish').status, blueprintToSave(smallBlueprint, undefined, 'publish').version]).toEqual(['published', 1]);
    expect(blueprintToSave(smallBlueprint, draft, 'draft').version).toBe(4);
    expect(blueprintToSave(smallBlueprint, draft, 'publish').version).toBe(4);
  });

  it('moves to the next version on the first save after a publication', () => {
    expect(blueprintToSave(smallBlueprint, published, 'draft')).toEqual({ ...smallBlueprint, status: 'draft', version: 4 });
    expect(blueprintToSave(smallBlueprint, published, 'publish')).toEqual({ ...smallBlueprint, status: 'published', version: 4 });
  });

  it('starts a new blueprint empty, as draft version 1', () => {
    expect(newBlueprint('Mine')).toEqual({ id: 'strategy-blueprint', name: 'Mine', version: 1, status: 'draft', roles: [], stages: [], transactions: [] });
  });
});
