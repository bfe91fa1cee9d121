import type { Blueprint } from '../../../core/model';
import type { OpportunityRecord, Participant } from '../../../services';
import type { AccountPerson } from '../accountRoles';

export interface IParticipantRolesProps {
  /** The blueprint whose customer roles people are mapped to. */
  readonly blueprint: Blueprint;
  readonly locale: string;
}

export type SaveStatus =
  | { readonly phase: 'idle' }
  | { readonly phase: 'saving' }
  | { readonly phase: 'saved'; readonly entries: number; readonly deals: number }
  | { readonly phase: 'failed'; readonly message: string };

export interface ParticipantRolesState {
  /** The site's opportunities and Participants entries; `undefined` while loading. */
  readonly site: { readonly records: readonly OpportunityRecord[]; readonly participants: readonly Participant[] } | undefined;
  readonly account: string | undefined;
  /** The chosen account's people; `undefined` while their interactions load. */
  readonly people: readonly AccountPerson[] | undefined;
  /** Lower-cased email -> role id chosen but not saved yet. */
  readonly assignments: ReadonlyMap<string, string>;
  readonly save: SaveStatus;
  /** Bumped to read the site again (after a save). */
  readonly revision: number;
  readonly error: string | undefined;
}

export type ParticipantRolesAction =
  | { readonly type: 'siteLoaded'; readonly records: readonly OpportunityRecord[]; readonly participants: readonly Participant[] }
  | { readonly type: 'account'; readonly account: string }
  | { readonly type: 'peopleLoaded'; readonly account: string; readonly people: readonly AccountPerson[] }
  | { readonly type: 'assign'; readonly email: string; readonly role: string | undefined }
  | { readonly type: 'saving' }
  | { readonly type: 'saved'; readonly entries: number; readonly deals: number }
  | { readonly type: 'saveFailed'; readonly message: string }
  | { readonly type: 'failed'; readonly message: string };

export const INITIAL_PARTICIPANT_ROLES_STATE: ParticipantRolesState = { site: undefined, account: undefined, people: undefined, assignments: new Map(), save: { phase: 'idle' }, revision: 0, error: undefined };

export function participantRolesReducer(state: ParticipantRolesState, action: ParticipantRolesAction): ParticipantRolesState {
  switch (action.type) {
    // The people shown stay until the account's people are read again from the new site data, so a save does not blank the table.
    case 'siteLoaded': return { ...state, site: { records: action.records, participants: action.participants } };
    case 'account': return { ...state, account: action.account, people: undefined, assignments: new Map(), save: { phase: 'idle' } };
    // A late answer for an account the user has left is dropped.
    case 'peopleLoaded': return action.account === state.account ? { ...state, people: action.people } : state;
    case 'assign': {
      const assignments = new Map(state.assignments);
      if (action.role === undefined) assignments.delete(action.email);
      else assignments.set(action.email, action.role);
      return { ...state, assignments, save: { phase: 'idle' } };
    }
    case 'saving': return { ...state, save: { phase: 'saving' } };
    // Reading the site again shows the stored roles as recorded, from the list itself.
    case 'saved': return { ...state, assignments: new Map(), save: { phase: 'saved', entries: action.entries, deals: action.deals }, revision: state.revision + 1 };
    case 'saveFailed': return { ...state, save: { phase: 'failed', message: action.message } };
    case 'failed': return { ...state, error: action.message };
  }
}
