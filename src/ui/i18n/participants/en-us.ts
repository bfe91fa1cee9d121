/** The English (en-US) strings of the participant roles panel. */
import type { ParticipantRolesStrings } from './strings';

const en = (count: number, one: string, other: string): string => (count === 1 ? one : other);

export const enUs: ParticipantRolesStrings = {
  heading: 'People and roles',
  description: 'Say which customer role each person on an account plays. Recognition uses these roles on the account\'s open deals.',
  account: 'Account',
  chooseAccount: 'Choose an account',
  loading: 'Loading people…',
  noPeople: 'No customer contact has been seen on this account yet.',
  person: 'Person',
  recordedRoles: 'Recorded roles',
  addRole: 'Add role',
  addRoleFor: (p) => `Add a role for ${p}`,
  noRole: '(no change)',
  none: 'None',
  save: 'Save roles',
  saved: (e, d) => `${e} ${en(e, 'role entry', 'role entries')} stored for ${d} open ${en(d, 'deal', 'deals')}.`,
  noOpenDeals: 'This account has no open deal: there is nothing to record roles on.',
  failed: 'The roles could not be saved'
};
