/** Strings of the Process Blueprint's people-and-roles editor, in en-US and de-DE. */

export interface ParticipantRolesStrings {
  readonly heading: string;
  readonly description: string;
  readonly account: string;
  readonly chooseAccount: string;
  readonly loading: string;
  readonly noPeople: string;
  readonly person: string;
  readonly recordedRoles: string;
  readonly addRole: string;
  readonly addRoleFor: (person: string) => string;
  readonly noRole: string;
  readonly none: string;
  readonly save: string;
  readonly saved: (entries: number, deals: number) => string;
  readonly noOpenDeals: string;
  readonly failed: string;
}

const en = (count: number, one: string, other: string): string => (count === 1 ? one : other);

const enUs: ParticipantRolesStrings = {
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

const deDe: ParticipantRolesStrings = {
  heading: 'Personen und Rollen',
  description: 'Legen Sie fest, welche Kundenrolle jede Person eines Kunden spielt. Die Erkennung nutzt diese Rollen bei den offenen Chancen des Kunden.',
  account: 'Kunde',
  chooseAccount: 'Kunden wählen',
  loading: 'Personen werden geladen…',
  noPeople: 'Bei diesem Kunden wurde noch kein Kontakt gesehen.',
  person: 'Person',
  recordedRoles: 'Erfasste Rollen',
  addRole: 'Rolle hinzufügen',
  addRoleFor: (p) => `Rolle für ${p} hinzufügen`,
  noRole: '(keine Änderung)',
  none: 'Keine',
  save: 'Rollen speichern',
  saved: (e, d) => `${e} ${e === 1 ? 'Rolleneintrag' : 'Rolleneinträge'} für ${d} ${d === 1 ? 'offene Chance' : 'offene Chancen'} gespeichert.`,
  noOpenDeals: 'Dieser Kunde hat keine offene Chance: es gibt nichts, wofür Rollen erfasst werden könnten.',
  failed: 'Die Rollen konnten nicht gespeichert werden'
};

/** Strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function participantRolesStringsFor(locale: string): ParticipantRolesStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
