import type { HostKind, ThemeKind } from '../../services';

/** User-facing strings of the apps. Add a key here and in every locale below. */
export interface AppStrings {
  readonly designerTitle: string;
  readonly designerPurpose: string;
  readonly processTitle: string;
  readonly processPurpose: string;
  readonly dashboardTitle: string;
  readonly dashboardPurpose: string;
  readonly insightsTitle: string;
  readonly insightsPurpose: string;
  readonly runningIn: string;
  readonly themeLabel: string;
  readonly signedInAs: string;
  readonly hosts: Readonly<Record<HostKind, string>>;
  readonly themes: Readonly<Record<ThemeKind, string>>;
}

const enUs: AppStrings = {
  designerTitle: 'Value Network Designer',
  designerPurpose: 'Map the roles and the tangible and intangible exchanges of a winning sale as a Strategy Blueprint.',
  processTitle: 'Process Blueprint',
  processPurpose: 'Define stages, exit criteria and timing, and how each exchange is recognised in your data.',
  dashboardTitle: 'Performance Dashboard',
  dashboardPurpose: 'Monitor every opportunity against the blueprint and learn what separates won from lost deals.',
  insightsTitle: 'Sales Insights',
  insightsPurpose: 'Learn from this site\'s own wins and losses: a tested score model and the exchanges that separate won from lost deals.',
  runningIn: 'Running in',
  themeLabel: 'Theme',
  signedInAs: 'Signed in as',
  hosts: { sharePointPage: 'SharePoint page', teamsTab: 'Teams tab', teamsPersonalApp: 'Teams personal app' },
  themes: { light: 'Light', dark: 'Dark', highContrast: 'High contrast' }
};

const deDe: AppStrings = {
  designerTitle: 'Wertnetzwerk-Designer',
  designerPurpose: 'Bilden Sie die Rollen und den materiellen und immateriellen Austausch eines gewonnenen Verkaufs als Strategie-Blueprint ab.',
  processTitle: 'Prozess-Blueprint',
  processPurpose: 'Legen Sie Phasen, Ausstiegskriterien und Fristen fest und wie jeder Austausch in Ihren Daten erkannt wird.',
  dashboardTitle: 'Leistungs-Dashboard',
  dashboardPurpose: 'Überwachen Sie jede Verkaufschance gegen den Blueprint und lernen Sie, was gewonnene von verlorenen Geschäften unterscheidet.',
  insightsTitle: 'Vertriebseinblicke',
  insightsPurpose: 'Lernen Sie aus den eigenen Gewinnen und Verlusten dieser Website: ein getestetes Score-Modell und die Austausche, die gewonnene von verlorenen Geschäften unterscheiden.',
  runningIn: 'Ausgeführt in',
  themeLabel: 'Design',
  signedInAs: 'Angemeldet als',
  hosts: { sharePointPage: 'SharePoint-Seite', teamsTab: 'Teams-Registerkarte', teamsPersonalApp: 'Persönliche Teams-App' },
  themes: { light: 'Hell', dark: 'Dunkel', highContrast: 'Hoher Kontrast' }
};

/** Strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function stringsFor(locale: string): AppStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
