/** The German (de-DE) strings of the participant roles panel. */
import type { ParticipantRolesStrings } from './strings';

export const deDe: ParticipantRolesStrings = {
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
