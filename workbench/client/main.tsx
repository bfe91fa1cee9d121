import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons, Pivot, PivotItem, Spinner, Stack, ThemeProvider } from '@fluentui/react';
import { SPBrowser, spfi } from '@pnp/sp';
import { clearPageCache, createSharePointProvisioner, createSharePointStores, pageCacheFor, ValueNetworksBehaviors } from '../../src/adapters/sharepoint';
import type { HostContext } from '../../src/services';
import { AppRoot, stringsFor, ServicesProvider, type UiServices, fluentThemeFor } from '../../src/ui';
import type { OutboxItem } from '../server/graph/types';
import { OutboxPanel } from './outbox';
import type { Persona } from './personas';
import { settingsFromQuery, settingsToQuery } from './settings';
import { type WorkbenchSettings, WorkbenchToolbar } from './WorkbenchToolbar';

// Each app loads when the page first shows it, from its own face, as each web part is its own bundle.
const ValueNetworkDesignerApp = React.lazy(() => import('../../src/ui/apps/ValueNetworkDesignerApp').then((m) => ({ default: m.ValueNetworkDesignerApp })));
const ProcessBlueprintApp = React.lazy(() => import('../../src/ui/apps/ProcessBlueprintApp').then((m) => ({ default: m.ProcessBlueprintApp })));
const PerformanceDashboardApp = React.lazy(() => import('../../src/ui/apps/PerformanceDashboardApp').then((m) => ({ default: m.PerformanceDashboardApp })));
const SalesInsightsApp = React.lazy(() => import('../../src/ui/apps/SalesInsightsApp').then((m) => ({ default: m.SalesInsightsApp })));

/** The dashboard as the workbench hosts it: `?opportunity=<id>` is the deep link to one opportunity's drill-down. */
function WorkbenchDashboard(): React.ReactElement {
  return <PerformanceDashboardApp opportunityId={new URLSearchParams(window.location.search).get('opportunity') ?? undefined} />;
}

const apps = [
  { key: 'designer', title: (locale: string) => stringsFor(locale).designerTitle, App: ValueNetworkDesignerApp },
  { key: 'process', title: (locale: string) => stringsFor(locale).processTitle, App: ProcessBlueprintApp },
  { key: 'dashboard', title: (locale: string) => stringsFor(locale).dashboardTitle, App: WorkbenchDashboard },
  { key: 'insights', title: (locale: string) => stringsFor(locale).insightsTitle, App: SalesInsightsApp }
] as const;

// What the host paints around the apps: a SharePoint page or a Teams tab in each theme.
const canvasBackground: Record<WorkbenchSettings['theme'], string> = { light: '#ffffff', dark: '#1f1f1f', highContrast: '#000000' };

function hostContextFor(settings: WorkbenchSettings, persona: Persona | undefined): HostContext {
  const teams = settings.host === 'teamsTab' ? { teamId: 'team-sales', channelId: 'channel-deals' } : settings.host === 'teamsPersonalApp' ? {} : undefined;
  return {
    host: settings.host,
    theme: settings.theme,
    locale: settings.locale,
    user: { displayName: persona?.displayName ?? settings.persona, loginName: persona?.loginName ?? settings.persona },
    siteUrl: `${window.location.origin}/sites/sales`,
    teams
  };
}

/**
 * The same adapters as the web parts, pointed at the emulated site: PnPjs with the browser defaults
 * (form digest from contextinfo; the emulator reads the user from the `vn_user` cookie) and the
 * product's behaviors. Built once for the page.
 */
function createServices(): UiServices {
  const siteUrl = `${window.location.origin}/sites/sales`;
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), ValueNetworksBehaviors());
  // The page's shared reads, as the web parts on a SharePoint page share them.
  const pageCache = pageCacheFor(siteUrl);
  return { ...createSharePointStores(sp, { pageCache }), provisioner: createSharePointProvisioner(sp, { pageCache }) };
}

/** Everything the emulated Graph and Workflows recorded as sent, oldest first as the emulator keeps it. */
async function loadOutbox(): Promise<readonly OutboxItem[]> {
  const response = await fetch('/_workbench/outbox');
  if (!response.ok) throw new Error(`GET /_workbench/outbox answered ${response.status}`);
  return (await response.json()) as OutboxItem[];
}

/** The local workbench: the product's four app roots in an emulated SharePoint page or Teams host. */
function Workbench(props: { personas: readonly Persona[]; services: UiServices }): React.ReactElement {
  const [settings, setSettings] = React.useState<WorkbenchSettings>(() => settingsFromQuery(window.location.search));
  // `?tab=insights` opens a Teams host on that app's tab (a deep link, and what a benchmark of one app loads).
  const [tab, setTab] = React.useState<string>(() => new URLSearchParams(window.location.search).get('tab') ?? 'dashboard');
  const [outboxOpen, setOutboxOpen] = React.useState(false);
  const persona = props.personas.find((p) => p.key === settings.persona);

  const change = (next: WorkbenchSettings): void => {
    // The SharePoint emulator reads the signed-in user from this cookie, as SharePoint reads its auth cookie.
    document.cookie = `vn_user=${next.persona}; path=/; SameSite=Strict`;
    // Permissions and the set-up check are the signed-in user's: another user reads them afresh.
    if (next.persona !== settings.persona) clearPageCache();
    window.history.replaceState(undefined, '', settingsToQuery(next));
    setSettings(next);
  };
  React.useEffect(() => {
    document.cookie = `vn_user=${settings.persona}; path=/; SameSite=Strict`;
  }, []);

  const host = hostContextFor(settings, persona);
  const canvas = settings.host === 'sharePointPage'
    ? apps.map(({ key, App }) => <AppRoot key={key} host={host}><React.Suspense fallback={<Spinner />}><App /></React.Suspense></AppRoot>)
    : (
      <>
        {/* The tab strip is the host's chrome: it takes the emulated host's theme, as Teams paints its own tabs,
            and folds the tabs that do not fit into a menu, as Teams does on a phone. */}
        <ThemeProvider theme={fluentThemeFor(settings.host, settings.theme)} applyTo="none">
          <Pivot aria-label="Teams tabs" overflowBehavior="menu" selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey)}>
            {apps.map(({ key, title }) => <PivotItem key={key} itemKey={key} headerText={title(settings.locale)} />)}
          </Pivot>
        </ThemeProvider>
        {apps.filter(({ key }) => key === tab).map(({ key, App }) => <AppRoot key={key} host={host}><React.Suspense fallback={<Spinner />}><App /></React.Suspense></AppRoot>)}
      </>
    );

  return (
    <Stack>
      <WorkbenchToolbar settings={settings} personas={props.personas} onChange={change} onOpenOutbox={() => setOutboxOpen(true)} />
      <OutboxPanel isOpen={outboxOpen} onDismiss={() => setOutboxOpen(false)} host={settings.host} theme={settings.theme} load={loadOutbox} />
      <main aria-label={`Emulated ${settings.host}`} data-host={settings.host} style={{ minHeight: '100vh', background: canvasBackground[settings.theme] }}>
        <ServicesProvider value={props.services}>{canvas}</ServicesProvider>
      </main>
    </Stack>
  );
}

async function start(): Promise<void> {
  initializeIcons('/workbench/fonts/');
  const response = await fetch('/_workbench/personas');
  const personas = (await response.json()) as Persona[];
  const root = document.getElementById('root');
  ReactDom.render(<Workbench personas={personas} services={createServices()} />, root);
  window.addEventListener('pagehide', () => {
    if (root) ReactDom.unmountComponentAtNode(root);
  });
}

start().catch((error: unknown) => {
  document.body.textContent = `The workbench could not start: ${String(error)}`;
});
