/** The German (de-DE) strings of the app frame (host, theme, language). */
import type { AppStrings } from './strings';

export const deDe: AppStrings = {
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
