import { loaderReducer, pickBlueprint, type LoaderAction, type LoaderState } from '../../../../src/ui/apps/ProcessBlueprintApp/blueprintLoader';
import type { Blueprint } from '../../../../src/core/model/blueprint';
import type { BlueprintHead, StoredBlueprint } from '../../../../src/services/ports';
import { smallBlueprint } from '../../../fixtures/model/smallBlueprint';
import { memoryBlueprintStore } from '../../support/memoryBlueprintStore';

const alpha: Blueprint = { ...smallBlueprint, id: 'bp-a', name: 'Alpha' };
const beta: Blueprint = { ...smallBlueprint, id: 'bp-b', name: 'Beta' };
const gamma: Blueprint = { ...smallBlueprint, id: 'bp-c', name: 'Gamma' };

function stored(blueprint: Blueprint, modifiedAt: number): StoredBlueprint {
  return { blueprint, etag: `"${modifiedAt}"`, itemId: modifiedAt, modifiedAt };
}

function run(state: LoaderState, ...actions: LoaderAction[]): LoaderState {
  return actions.reduce(loaderReducer, state);
}

describe('pickBlueprint', () => {
  it('picks the preferred blueprint when the site has it', async () => {
    const heads = await memoryBlueprintStore([alpha, beta]).list();
    expect(pickBlueprint(heads, 'bp-a')).toBe('bp-a');
  });

  it('falls back to the one published most recently when the preferred one is missing or not given', async () => {
    // The store stamps alpha at 61 000 ms and beta at 121 000 ms.
    const heads = await memoryBlueprintStore([alpha, beta]).list();
    expect(heads.map((h) => [h.blueprintId, h.published?.modifiedAt])).toEqual([
      ['bp-a', 61_000],
      ['bp-b', 121_000]
    ]);
    expect(pickBlueprint(heads, 'bp-deleted')).toBe('bp-b');
    expect(pickBlueprint(heads, undefined)).toBe('bp-b');
  });

  it('follows a new publication of an older blueprint', async () => {
    const store = memoryBlueprintStore([alpha, beta]);
    const draft = await store.saveDraft({ ...alpha, name: 'Alpha 2' }, undefined);
    await store.publish('bp-a', draft.etag, 1);
    const heads = await store.list();
    expect(heads.map((h) => [h.blueprintId, h.published?.blueprint.version, h.published?.modifiedAt])).toEqual([
      ['bp-a', 2, 241_000],
      ['bp-b', 1, 121_000]
    ]);
    expect(pickBlueprint(heads, undefined)).toBe('bp-a');
  });

  it('prefers a published blueprint over a draft-only one listed first', () => {
    const heads: BlueprintHead[] = [
      { blueprintId: 'bp-c', name: 'Gamma', draft: stored(gamma, 900) },
      { blueprintId: 'bp-a', name: 'Alpha', published: stored(alpha, 100), draft: stored(alpha, 950) }
    ];
    expect(pickBlueprint(heads, undefined)).toBe('bp-a');
  });

  it('picks the first listed when none is published', async () => {
    const store = memoryBlueprintStore([]);
    await store.saveDraft(gamma, undefined);
    await store.saveDraft(beta, undefined);
    const heads = await store.list();
    expect(heads.map((h) => [h.blueprintId, h.published, h.draft?.blueprint.status])).toEqual([
      ['bp-c', undefined, 'draft'],
      ['bp-b', undefined, 'draft']
    ]);
    expect(pickBlueprint(heads, undefined)).toBe('bp-c');
  });

  it('keeps the listed order among published blueprints stamped at the same time', () => {
    const heads: BlueprintHead[] = [
      { blueprintId: 'bp-b', name: 'Beta', published: stored(beta, 500) },
      { blueprintId: 'bp-a', name: 'Alpha', published: stored(alpha, 500) }
    ];
    expect(pickBlueprint(heads, undefined)).toBe('bp-b');
  });

  it('picks nothing on a site without blueprints, whatever is preferred', () => {
    expect(pickBlueprint([], undefined)).toBeUndefined();
    expect(pickBlueprint([], 'bp-a')).toBeUndefined();
  });

  it('leaves the list it is given in its order', () => {
    const heads: BlueprintHead[] = [
      { blueprintId: 'bp-a', name: 'Alpha', published: stored(alpha, 100) },
      { blueprintId: 'bp-b', name: 'Beta', published: stored(beta, 300) },
      { blueprintId: 'bp-c', name: 'Gamma', published: stored(gamma, 200) }
    ];
    expect(pickBlueprint(heads, undefined)).toBe('bp-b');
    expect(heads.map((h) => h.blueprintId)).toEqual(['bp-a', 'bp-b', 'bp-c']);
  });
});

describe('loaderReducer', () => {
  const loading: LoaderState = { phase: 'loading' };

  it('lists the loaded blueprints and selects the preferred one', async () => {
    const blueprints = await memoryBlueprintStore([alpha, beta]).list();
    expect(run(loading, { type: 'loaded', blueprints, preferredId: 'bp-a' })).toEqual({ phase: 'loaded', blueprints, selectedId: 'bp-a' });
  });

  it('selects the one published most recently when the preferred one is gone', async () => {
    const blueprints = await memoryBlueprintStore([alpha, beta]).list();
    expect(run(loading, { type: 'loaded', blueprints, preferredId: 'bp-zzz' })).toEqual({ phase: 'loaded', blueprints, selectedId: 'bp-b' });
  });

  it('loads an empty site with nothing selected', () => {
    expect(run(loading, { type: 'loaded', blueprints: [], preferredId: 'bp-a' })).toEqual({ phase: 'loaded', blueprints: [], selectedId: undefined });
  });

  it('selects another blueprint once loaded, even one not listed', async () => {
    const blueprints = await memoryBlueprintStore([alpha, beta]).list();
    const loaded = run(loading, { type: 'loaded', blueprints, preferredId: undefined });
    expect(run(loaded, { type: 'select', blueprintId: 'bp-a' })).toEqual({ phase: 'loaded', blueprints, selectedId: 'bp-a' });
    // A blueprint created in the app is selected before the list is reloaded.
    expect(run(loaded, { type: 'select', blueprintId: 'bp-new' })).toEqual({ phase: 'loaded', blueprints, selectedId: 'bp-new' });
  });

  it('ignores a selection while loading or after a failure', () => {
    expect(run(loading, { type: 'select', blueprintId: 'bp-a' })).toBe(loading);
    const failed: LoaderState = { phase: 'failed', message: 'Access denied.' };
    expect(run(failed, { type: 'select', blueprintId: 'bp-a' })).toBe(failed);
  });

  it('fails with the message, dropping the list', async () => {
    const blueprints = await memoryBlueprintStore([alpha]).list();
    expect(run(loading, { type: 'loaded', blueprints, preferredId: undefined }, { type: 'failed', message: 'The list does not exist.' })).toEqual({
      phase: 'failed',
      message: 'The list does not exist.'
    });
  });

  it('recovers from a failure when a reload succeeds, selecting afresh', async () => {
    const blueprints = await memoryBlueprintStore([alpha, beta]).list();
    const state = run(loading, { type: 'failed', message: 'Offline' }, { type: 'loaded', blueprints, preferredId: undefined });
    expect(state).toEqual({ phase: 'loaded', blueprints, selectedId: 'bp-b' });
  });

  it('returns the state unchanged for an unknown action', () => {
    const state: LoaderState = { phase: 'loaded', blueprints: [], selectedId: undefined };
    expect(loaderReducer(state, { type: 'refresh' } as unknown as LoaderAction)).toBe(state);
  });
});
