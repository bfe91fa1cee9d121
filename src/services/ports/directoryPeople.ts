/** A person as the organisation's directory (Microsoft Entra ID) knows them. */
export interface DirectoryPerson {
  /** The address asked for, lower-case. */
  readonly login: string;
  /** `not-found`: no account with that address (any more); `disabled`: the account is blocked from sign-in. */
  readonly status: 'active' | 'disabled' | 'not-found';
  readonly displayName?: string;
  readonly jobTitle?: string;
  /** As the profile holds it, e.g. `+49 151 23456789`: not necessarily E.164. */
  readonly mobilePhone?: string;
}

/** Looks people up in the directory. */
export interface DirectoryPeople {
  /**
   * The people behind `logins` (addresses, any case), keyed by lower-case address. A person the
   * directory could not be asked about (throttled, no permission) is missing from the map: only a
   * definite answer says that someone left.
   */
  people(logins: readonly string[]): Promise<ReadonlyMap<string, DirectoryPerson>>;
}
