/**
 * A person's name for display, from an e-mail address or login name (opportunity owners, interaction
 * participants): the directory's display name when it knows the address (case-insensitive), otherwise
 * the address's local part read as a name (`ada.adams@x.example` -> `Ada Adams`). People read names,
 * not addresses; the address stays available in tooltips and filters.
 *
 * Edge cases: a claims login (`i:0#.f|membership|ada@x.example`) is read from its last segment; a local
 * part without separators is capitalised as one word; an empty string stays empty.
 */
export function personName(address: string, directory?: ReadonlyMap<string, string>): string {
  const known = directory?.get(address.toLowerCase());
  if (known) return known;
  const login = address.includes('|') ? address.slice(address.lastIndexOf('|') + 1) : address;
  const local = login.includes('@') ? login.slice(0, login.indexOf('@')) : login;
  return local
    .split(/[._-]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}
