import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Participant, ParticipantStore, WriteReport } from '../../services';
import { runInBatches, summariseOutcomes, type BatchOptions } from './batchWriter';
import { itemToParticipant, PARTICIPANT_SELECT, participantKey, participantToItem } from './mappers/participantMapper';
import { odataString, readAllPages } from './paging';
import { listTitle, ParticipantFields as F } from './schema';
import { toTypedError } from './spErrors';

export interface ParticipantStoreOptions extends BatchOptions {
  /** Items per read request of `listAll`, 1..5,000 (default 5,000, SharePoint's largest page). */
  readonly pageSize?: number;
}

/** Participants in SharePoint, keyed by person, role and opportunity (or account). */
export function createParticipantStore(sp: SPFI, options: ParticipantStoreOptions = {}): ParticipantStore {
  const title = listTitle('participants');
  const items = (client: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => client.web.lists.getByTitle(title).items;
  return {
    async addMany(participants: readonly Participant[]): Promise<WriteReport> {
      const outcomes = await runInBatches(sp, participants.map((p) => ({ key: participantKey(p), run: (b: SPFI) => items(b).add(participantToItem(p)) })), options);
      return summariseOutcomes(outcomes);
    },
    async listByOpportunity(opportunityId: string): Promise<Participant[]> {
      return readAllPages(items(sp).select(...PARTICIPANT_SELECT).filter(`${F.opportunityId} eq ${odataString(opportunityId)}`), itemToParticipant).catch((e: unknown) =>
        Promise.reject(toTypedError(e, 'read-items'))
      );
    },
    async listAll(): Promise<Participant[]> {
      // Ordered by Id, the one column SharePoint always indexes, so paging stays legal on any list size.
      return readAllPages(items(sp).select(...PARTICIPANT_SELECT).orderBy('Id', true), itemToParticipant, options.pageSize).catch((e: unknown) => Promise.reject(toTypedError(e, 'read-items')));
    }
  };
}
