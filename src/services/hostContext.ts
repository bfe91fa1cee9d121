/** Where an app is running. The local workbench reports the host it emulates. */
export type HostKind = 'sharePointPage' | 'teamsTab' | 'teamsPersonalApp';

/** The colour scheme the host asks for. */
export type ThemeKind = 'light' | 'dark' | 'highContrast';

export interface HostUser {
  readonly displayName: string;
  /** UPN / login name; the key that matches a seller to their opportunities. */
  readonly loginName: string;
}

/** Teams-only identifiers, present when the app runs in a Teams tab or personal app. */
export interface TeamsLocation {
  readonly teamId?: string;
  readonly channelId?: string;
  readonly chatId?: string;
  /** The deep-link target (e.g. an opportunity id) Teams passed to the tab. */
  readonly subEntityId?: string;
}

/**
 * Everything the apps need to know about their host, read once by one adapter and provided to the
 * components through React context (../shared/STYLE.md, rule 10).
 */
export interface HostContext {
  readonly host: HostKind;
  readonly theme: ThemeKind;
  /** BCP 47 tag such as `en-US` or `de-DE`. */
  readonly locale: string;
  readonly user: HostUser;
  /** Absolute URL of the SharePoint site that holds the product's lists. */
  readonly siteUrl: string;
  readonly teams?: TeamsLocation;
}
