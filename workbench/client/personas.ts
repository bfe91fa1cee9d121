/** The workbench's three signed-in users; the SharePoint emulator grants each its permission level. */
export type PersonaKey = 'owner' | 'member' | 'visitor';

export interface Persona {
  readonly key: PersonaKey;
  readonly displayName: string;
  readonly loginName: string;
  readonly permission: string;
}
