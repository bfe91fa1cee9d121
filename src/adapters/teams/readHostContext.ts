import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { HostContext } from '../../services';
import { type RawHostInfo, toHostContext } from './hostContext';

/**
 * Reads the host once from the web part context. Inside Teams it asks teams-js through
 * `context.sdks.microsoftTeams` (SPFx provides it; bundling teams-js ourselves would load it twice).
 */
export async function readHostContext(context: WebPartContext, theme: IReadonlyTheme | undefined): Promise<HostContext> {
  const page = context.pageContext;
  const raw: Omit<RawHostInfo, 'teams'> = {
    siteUrl: page.web.absoluteUrl,
    user: { displayName: page.user.displayName, loginName: page.user.loginName },
    cultureName: page.cultureInfo.currentUICultureName,
    isInvertedTheme: !!theme?.isInverted
  };
  const teamsSdk = context.sdks.microsoftTeams;
  if (!teamsSdk) return toHostContext(raw);
  const teams = await teamsSdk.teamsJs.app.getContext();
  return toHostContext({
    ...raw,
    teams: {
      theme: teams.app.theme,
      locale: teams.app.locale,
      teamId: teams.team?.groupId,
      channelId: teams.channel?.id,
      chatId: teams.chat?.id,
      subEntityId: teams.page.subPageId,
      frameContext: teams.page.frameContext
    }
  });
}
