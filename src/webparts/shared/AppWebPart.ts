import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { type IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import type { PartialTheme } from '@fluentui/react';
import { spfi, SPFx } from '@pnp/sp';
import { createSharePointProvisioner, createSharePointStores, pageCacheFor, ValueNetworksBehaviors } from '../../adapters/sharepoint';
import { readHostContext } from '../../adapters/teams';
import type { HostContext } from '../../services';
import { ServicesProvider, type UiServices, AppRoot } from '../../ui';

/**
 * What the three web parts share as composition roots: read the host once in `onInit`, follow theme
 * changes (site theme and section backgrounds), render one app root and unmount it on dispose.
 */
export abstract class AppWebPart<TProperties extends object> extends BaseClientSideWebPart<TProperties> {
  private host: HostContext | undefined;
  private theme: IReadonlyTheme | undefined;
  private themeProvider: ThemeProvider | undefined;
  /** The ports the app receives, built once in `onInit`; subclasses read them for property pane choices. */
  protected services: UiServices | undefined;

  /** The app root this web part renders. */
  protected abstract readonly app: React.FunctionComponent;

  protected async onInit(): Promise<void> {
    this.themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.theme = this.themeProvider.tryGetTheme();
    this.themeProvider.themeChangedEvent.add(this, this.handleThemeChanged);
    this.host = await readHostContext(this.context, this.theme);
    const sp = spfi().using(SPFx(this.context), ValueNetworksBehaviors());
    // Shared with the other ValueNetworks web parts on the page (other bundles included): the set-up
    // check, permissions, blueprint and opportunity list are read once for the page.
    const pageCache = pageCacheFor(this.context.pageContext.web.absoluteUrl);
    this.services = { ...createSharePointStores(sp, { pageCache }), provisioner: createSharePointProvisioner(sp, { pageCache }) };
  }

  /** The app element; web parts whose app takes properties override this. */
  protected appElement(): React.ReactElement {
    return React.createElement(this.app);
  }

  public render(): void {
    if (!this.host || !this.services) return;
    const element = React.createElement(
      AppRoot,
      { host: this.host, sharePointTheme: this.theme as PartialTheme | undefined },
      React.createElement(ServicesProvider, { value: this.services }, this.appElement())
    );
    ReactDom.render(element, this.domElement);
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.theme = theme;
    if (this.host && !this.host.teams) {
      this.host = { ...this.host, theme: theme?.isInverted ? 'dark' : 'light' };
    }
    this.render();
  }

  protected onDispose(): void {
    this.themeProvider?.themeChangedEvent.remove(this, this.handleThemeChanged);
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  private handleThemeChanged(args: ThemeChangedEventArgs): void {
    this.onThemeChanged(args.theme);
  }
}
