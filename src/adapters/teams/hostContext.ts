import type { HostContext, HostKind, ThemeKind } from '../../services';

/** What SharePoint and Teams tell a web part about its host, before it is reduced to a {@link HostContext}. */
export interface RawHostInfo {
  readonly siteUrl: string;
  readonly user: { readonly displayName: string; readonly loginName: string };
  /** SharePoint's UI culture, e.g. `en-US`. */
  readonly cultureName: string;
  /** True when the SharePoint theme (or section background) is inverted, i.e. dark. */
  readonly isInvertedTheme: boolean;
  /** The Teams app context (teams-js v2 `app.getContext()`), absent outside Teams. */
  readonly teams?: {
    readonly theme?: string;
    readonly locale?: string;
    readonly teamId?: string;
    readonly channelId?: string;
    readonly chatId?: string;
    readonly subEntityId?: string;
    readonly frameContext?: string;
  };
}

/** Teams theme names (`default`, `dark`, `contrast`) to the product's theme kinds. */
export function teamsThemeKind(teamsTheme: string | undefined): ThemeKind {
  if (teamsTheme === 'dark') return 'dark';
  if (teamsTheme === 'contrast') return 'highContrast';
  return 'light';
}

/**
 * Reduces raw host information to the product's {@link HostContext}. In Teams, a context with a team
 * or channel is a tab; without one (personal scope) it is the personal app, whatever frame it uses.
 */
export function toHostContext(raw: RawHostInfo): HostContext {
  const teams = raw.teams;
  if (!teams) {
    return {
      host: 'sharePointPage',
      theme: raw.isInvertedTheme ? 'dark' : 'light',
      locale: raw.cultureName,
      user: raw.user,
      siteUrl: raw.siteUrl
    };
  }
  const host: HostKind = teams.teamId || teams.channelId || teams.chatId ? 'teamsTab' : 'teamsPersonalApp';
  return {
    host,
    theme: teamsThemeKind(teams.theme),
    locale: teams.locale || raw.cultureName,
    user: raw.user,
    siteUrl: raw.siteUrl,
    teams: {
      teamId: teams.teamId,
      channelId: teams.channelId,
      chatId: teams.chatId,
      subEntityId: teams.subEntityId
    }
  };
}
