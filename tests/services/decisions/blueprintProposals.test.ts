import { createSharePointStores } from '../../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import type { Interaction } from '../../../src/core/model/interaction';
import { publishBlueprint, publishDraft } from '../../../src/services/blueprintLifecycle';
import { acceptProposals, computeSiteProposals, proposalSubject } from '../../../src/services/decisions/blueprintProposals';
import { importRecords } from '../../../src/services/importData';
import { setUpSite } from '../../../src/services/provisioning';
import { noSleep, startDataLayerServer, type DataLayerServer } from '../../adapters/sharepoint/harness';
import { HOUR, insightsBlueprint, siteHistory } from '../insights/siteHistory';

/** Half the won deals (and four lost ones) had a reference visit the blueprint does not know: champion to economic buyer. */
function withReferenceVisits(): ReturnType<typeof siteHistory> {
  const history = siteHistory();
  const visits: Interaction[] = history.opportunities.flatMap((o, i) =>
    (o.status === 'won' && i % 4 === 0) || (o.status === 'lost' && i % 12 === 1)
      ? [{ opportunityId: o.id, timestamp: o.createdAt + 26 * HOUR, activity: 'Reference visit', fromRole: 'champion', toRole: 'buyer', source: 'csv', sourceKey: `${o.id}-ref` }]
      : []
  );
  return { ...history, interactions: [...history.interactions, ...visits] };
}

describe('blueprint proposals on the site, accepted into a draft', () => {
  let server: DataLayerServer;
  afterAll(async () => {
    await server?.close();
  });

  it('proposes from the closed deals, saves the accepted set as the next draft, and refuses a stale set with the recomputed one', async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    await publishBlueprint(stores.blueprints, insightsBlueprint);
    const history = withReferenceVisits();
    await importRecords(stores, { opportunities: history.opportunities, interactions: history.interactions });

    const set = await computeSiteProposals(stores, { now: history.now });
    expect([set.blueprint.version, set.won, set.lost]).toEqual([1, 24, 24]);
    // The role pair proposes the same exchange as the activity: it is shown once.
    expect(set.proposals.map((p) => [p.id, p.kind, p.table])).toEqual([['activity:Reference visit', 'add-exchange', { a: 12, b: 4, c: 12, d: 20 }]]);
    expect(proposalSubject(set.proposals[0], set.blueprint)).toEqual({ kind: 'add-exchange', deliverable: 'Reference visit', fromRole: 'Champion', toRole: 'Economic buyer', stage: 'Propose' });
    expect(set.proposals[0].evidence).toBe(
      'Among deals that reached Propose, "Reference visit" (Champion → Economic buyer) happened in 12 of 24 won deals and 4 of 24 lost; deals with it won 75%, deals without 38% (lift 2.00). The blueprint does not have it.'
    );

    // A colleague's draft edit is kept: the accepted proposals go onto the draft, with its ETag.
    await stores.blueprints.saveDraft({ ...insightsBlueprint, name: 'Mini sale (Q3)', status: 'draft', version: 2 });
    const saved = await acceptProposals(stores, set, ['activity:Reference visit'], { now: history.now });
    if (saved.kind !== 'saved') throw new Error(saved.kind);
    expect([saved.ontoDraft, saved.accepted, saved.draft.blueprint.status, saved.draft.blueprint.version, saved.draft.basedOnVersion]).toEqual([true, 1, 'draft', 2, 1]);
    expect(saved.draft.blueprint.name).toBe('Mini sale (Q3)');
    expect(saved.draft.blueprint.transactions.map((t) => `${t.sequence} ${t.id} ${t.deliverable} ${t.from}>${t.to} ${t.stage} ${t.required ? 'required' : 'optional'}`)).toEqual([
      '1 T01 Discovery call ae>champion qualify required',
      '2 T02 Pains champion>ae qualify required',
      '3 T03 Business case ae>buyer propose required',
      '4 T04 Reference visit champion>buyer propose optional'
    ]);
    // The live version is untouched: publishing stays a person's decision.
    expect((await stores.blueprints.getPublished('mini'))?.blueprint.version).toBe(1);

    // Someone publishes the draft as v2; accepting the set computed against v1 saves nothing and recomputes.
    const draft = await stores.blueprints.getDraft('mini');
    await publishDraft(stores.blueprints, 'mini', draft?.etag ?? '', 1);
    const stale = await acceptProposals(stores, set, ['activity:Reference visit'], { now: history.now });
    if (stale.kind !== 'blueprint-changed') throw new Error(stale.kind);
    expect([stale.before.version, stale.live.version, stale.recomputed.blueprint.version, stale.recomputed.proposals.map((p) => p.id)]).toEqual([1, 2, 2, []]);
    expect(await stores.blueprints.getDraft('mini')).toBeUndefined();
  }, 60_000);
});
