import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConcurrencyConflictError, PublishConflictError } from '../../../src/services';
import { InvalidBlueprintError } from '../../../src/core/errors';
import type { Blueprint } from '../../../src/core/model/blueprint';
import { createSharePointStores } from '../../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import { publishBlueprint, publishDraft, rollBack } from '../../../src/services/blueprintLifecycle';
import { setUpSite } from '../../../src/services/provisioning';
import { startDataLayerServer, type DataLayerServer } from './harness';

const blueprint: Blueprint = {
  id: 'enterprise',
  name: 'Enterprise sale',
  version: 1,
  status: 'draft',
  roles: [
    { id: 'ae', name: 'Account executive', side: 'internal' },
    { id: 'eb', name: 'Economic buyer', side: 'customer' }
  ],
  stages: [{ id: 'qualify', name: 'Qualify', order: 1, exitCriteria: { minSellingActions: 1, minBuyingActions: 0 } }],
  transactions: [{ id: 'T01', sequence: 1, from: 'ae', to: 'eb', deliverable: 'Business case', kind: 'tangible', stage: 'qualify', required: true, precededBy: [], minCount: 1, due: { days: 7 } }]
};

const withDueDays = (b: Blueprint, days: number): Blueprint => ({ ...b, transactions: b.transactions.map((t) => ({ ...t, due: { days } })) });

/**
 * The next request that `matches` is applied by the emulator, then its connection is dropped before
 * the answer leaves: the write committed and the client never learns it (a post-commit fault).
 */
function dropAnswerOnce(server: DataLayerServer, matches: (req: IncomingMessage) => boolean): () => boolean {
  let dropped = false;
  server.emu.server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    if (dropped || !matches(req)) return;
    dropped = true;
    res.end = ((): ServerResponse => {
      req.socket.destroy();
      return res;
    }) as unknown as ServerResponse['end'];
  });
  return () => dropped;
}

const isItemsPost = (req: IncomingMessage): boolean => req.method === 'POST' && /getbytitle\('Blueprints'\)\/items(\?|$)/i.test(req.url ?? '');
const isItemDelete = (req: IncomingMessage): boolean => (req.method === 'DELETE' || req.headers['x-http-method'] === 'DELETE') && /Blueprints'\)\/items\(\d+\)/i.test(req.url ?? '');

describe('the blueprint life cycle against the emulator', () => {
  let server: DataLayerServer;
  beforeEach(async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
  });
  afterEach(async () => {
    await server.close();
  });

  it('keeps the published version live and unchanged while drafts are saved, then publishes the draft as v2', async () => {
    const owner = createSharePointStores(server.client()).blueprints;
    const v1 = await publishBlueprint(owner, blueprint);
    expect([v1.blueprint.version, v1.blueprint.status, v1.modifiedBy]).toEqual([1, 'published', 'Adele Vance']);

    const first = await owner.saveDraft(withDueDays(blueprint, 10));
    expect([first.blueprint.version, first.blueprint.status, first.basedOnVersion]).toEqual([2, 'draft', 1]);
    const second = await owner.saveDraft({ ...withDueDays(blueprint, 12), description: 'Tighter' }, first.etag);
    // What monitoring reads did not move.
    const live = await owner.getPublished();
    expect([live?.blueprint.version, live?.blueprint.transactions[0].due?.days, live?.blueprint.description]).toEqual([1, 7, undefined]);
    expect((await owner.getPublished('enterprise'))?.etag).toBe(v1.etag);

    const v2 = await publishDraft(owner, 'enterprise', second.etag, 1);
    expect([v2.blueprint.version, v2.blueprint.status, v2.blueprint.transactions[0].due?.days, v2.blueprint.description]).toEqual([2, 'published', 12, 'Tighter']);
    expect(await owner.getDraft('enterprise')).toBeUndefined();
    expect((await owner.history('enterprise')).map((v) => [v.blueprint.version, v.blueprint.transactions[0].due?.days, v.modifiedBy])).toEqual([
      [2, 12, 'Adele Vance'],
      [1, 7, 'Adele Vance']
    ]);
    expect((await owner.list()).map((h) => [h.blueprintId, h.name, h.published?.blueprint.version, h.draft?.blueprint.version])).toEqual([['enterprise', 'Enterprise sale', 2, undefined]]);
  });

  it('refuses a draft save over someone else\'s newer draft, naming who saved it', async () => {
    const owner = createSharePointStores(server.client()).blueprints;
    const member = createSharePointStores(server.client('member')).blueprints;
    await publishBlueprint(owner, blueprint);
    const mine = await owner.saveDraft(withDueDays(blueprint, 10));
    const theirs = await member.saveDraft(withDueDays(blueprint, 14), mine.etag);
    expect(theirs.modifiedBy).toBe('Alex Wilber');
    const attempt = await owner.saveDraft(withDueDays(blueprint, 9), mine.etag).catch((e: unknown) => e);
    expect(attempt).toBeInstanceOf(ConcurrencyConflictError);
    const conflict = attempt as ConcurrencyConflictError<Blueprint>;
    expect([conflict.current?.transactions[0].due?.days, conflict.currentETag]).toEqual([14, theirs.etag]);
    // A second "first" draft is a conflict too, never an overwrite.
    await expect(owner.saveDraft(withDueDays(blueprint, 3))).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect((await owner.getDraft('enterprise'))?.blueprint.transactions[0].due?.days).toBe(14);
  });

  it('refuses to publish a draft based on a version that is no longer live, and lets the publisher publish over it deliberately', async () => {
    const owner = createSharePointStores(server.client()).blueprints;
    await publishBlueprint(owner, blueprint);
    const draft = await owner.saveDraft(withDueDays(blueprint, 10));
    // Someone rolls back in between: v2 goes live.
    await rollBack(owner, 'enterprise', 1, 1);
    const refused = await publishDraft(owner, 'enterprise', draft.etag, draft.basedOnVersion).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PublishConflictError);
    expect([(refused as PublishConflictError).liveVersion, (refused as PublishConflictError).liveBy, (refused as Error).message]).toEqual([
      2,
      'Adele Vance',
      'Version 2 was published by Adele Vance after your draft was based on version 1; nothing was published. Review what changed, then publish again.'
    ]);
    expect((await owner.getPublished('enterprise'))?.blueprint.version).toBe(2);
    const v3 = await publishDraft(owner, 'enterprise', draft.etag, 2);
    expect([v3.blueprint.version, v3.blueprint.transactions[0].due?.days]).toEqual([3, 10]);
  });

  it('does not publish a blueprint that fails validation, and names the exchange rather than its id', async () => {
    const owner = createSharePointStores(server.client()).blueprints;
    await publishBlueprint(owner, blueprint);
    const broken = await owner.saveDraft({ ...blueprint, transactions: [...blueprint.transactions, { ...blueprint.transactions[0], id: 't-1', deliverable: 'Mutual close plan' }] });
    const refused = await publishDraft(owner, 'enterprise', broken.etag, 1).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidBlueprintError);
    expect((refused as InvalidBlueprintError).problems.map((p) => p.message)).toEqual([
      'Transactions "Business case" and "Mutual close plan" both have sequence number 1: give each transaction its own number.'
    ]);
    expect((await owner.getPublished('enterprise'))?.blueprint.version).toBe(1);
  });

  it('rolls back by publishing an earlier version again as the next one', async () => {
    const owner = createSharePointStores(server.client()).blueprints;
    await publishBlueprint(owner, blueprint);
    await publishBlueprint(owner, withDueDays(blueprint, 20));
    const v3 = await rollBack(owner, 'enterprise', 1, 2);
    expect([v3.blueprint.version, v3.blueprint.transactions[0].due?.days, v3.restoredFrom]).toEqual([3, 7, 1]);
    expect((await owner.history('enterprise')).map((v) => [v.blueprint.version, v.restoredFrom])).toEqual([[3, 1], [2, undefined], [1, undefined]]);
  });

  it('publishes exactly one version when the answer to the publish is lost after the write', async () => {
    const owner = createSharePointStores(server.client()).blueprints;
    await publishBlueprint(owner, blueprint);
    const draft = await owner.saveDraft(withDueDays(blueprint, 10));
    const dropped = dropAnswerOnce(server, isItemsPost);
    const v2 = await publishDraft(owner, 'enterprise', draft.etag, 1);
    expect(dropped()).toBe(true);
    expect([v2.blueprint.version, v2.blueprint.transactions[0].due?.days]).toEqual([2, 10]);
    expect((await owner.history('enterprise')).map((v) => v.blueprint.version)).toEqual([2, 1]);
    expect(await owner.getDraft('enterprise')).toBeUndefined();
  });

  it('ignores a draft that was published when the crash came before its delete, and starts a new draft after it', async () => {
    const owner = createSharePointStores(server.client()).blueprints;
    await publishBlueprint(owner, blueprint);
    const draft = await owner.saveDraft(withDueDays(blueprint, 10));
    const dropped = dropAnswerOnce(server, isItemDelete);
    await publishDraft(owner, 'enterprise', draft.etag, 1);
    expect(dropped()).toBe(true);
    expect((await owner.getPublished('enterprise'))?.blueprint.version).toBe(2);
    expect(await owner.getDraft('enterprise')).toBeUndefined();
    const next = await owner.saveDraft(withDueDays(blueprint, 11));
    expect([next.blueprint.version, next.basedOnVersion]).toEqual([3, 2]);
  });

  it('discards the draft and leaves the live version as it was', async () => {
    const owner = createSharePointStores(server.client()).blueprints;
    await publishBlueprint(owner, blueprint);
    const draft = await owner.saveDraft(withDueDays(blueprint, 10));
    await owner.discardDraft('enterprise', draft.etag);
    expect(await owner.getDraft('enterprise')).toBeUndefined();
    expect((await owner.getPublished('enterprise'))?.blueprint.transactions[0].due?.days).toBe(7);
  });

  it('reads what each person may do: owners publish, members edit the draft, visitors read', async () => {
    const as = (user: 'owner' | 'member' | 'visitor', group?: string) => createSharePointStores(server.client(user)).blueprints.access(group);
    expect(await as('owner')).toEqual({ canRead: true, canEdit: true, canPublish: true });
    expect(await as('member')).toEqual({ canRead: true, canEdit: true, canPublish: false });
    expect(await as('member', 'Sales Members')).toEqual({ canRead: true, canEdit: true, canPublish: true });
    expect(await as('visitor', 'Sales Visitors')).toEqual({ canRead: true, canEdit: false, canPublish: false });
  });
});
