/**
 * The strings of the participant roles panel: the interface each language file (en-us.ts, de-de.ts) fills. Numbers and
 * dates are formatted with Intl by locale.
 */
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
