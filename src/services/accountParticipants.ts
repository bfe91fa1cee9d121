import type { DataStores, Participant, WriteReport } from './ports';

/**
 * The participants mapped at an account: account-wide ones and those on any of its opportunities.
 * Reads the Participants list page by page (it holds one item per person and role, far fewer than
 * interactions) and filters by account name, compared ignoring case.
 */
export async function loadAccountParticipants(stores: Pick<DataStores, 'participants'>, account: string): Promise<Participant[]> {
  const key = account.toLowerCase();
  return (await stores.participants.listAll()).filter((p) => p.account.toLowerCase() === key);
}

/** Maps one person to a blueprint role at an account (account-wide), as the relationship map stores it. */
export function mapParticipant(stores: Pick<DataStores, 'participants'>, participant: Participant): Promise<WriteReport> {
  return stores.participants.addMany([participant]);
}
