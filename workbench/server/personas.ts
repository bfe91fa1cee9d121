import type { Persona } from '../client/personas';

/** The demo site's users: a site owner, a member and a visitor (see the SharePoint emulator's permissions). */
export const personas: readonly Persona[] = [
  { key: 'owner', displayName: 'Megan Bowen', loginName: 'meganb@contoso.example', permission: 'site owner' },
  { key: 'member', displayName: 'Alex Wilber', loginName: 'alexw@contoso.example', permission: 'member' },
  { key: 'visitor', displayName: 'Lidia Holloway', loginName: 'lidiah@contoso.example', permission: 'visitor' }
];
