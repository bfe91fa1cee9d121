import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webPartStringModules, webPartStringsFor } from '../../../src/ui/i18n/propertyPanes';
import { dashboardStringsFor } from '../../../src/ui/i18n/dashboard';

const root = join(__dirname, '..', '..', '..');

describe('one set of strings', () => {
  it('derives every SPFx string module SharePoint loads from src/ui/i18n (run `npm run strings` after editing them)', () => {
    const modules = webPartStringModules();
    expect(Object.keys(modules).sort()).toEqual(
      ['performanceDashboard', 'processBlueprint', 'salesInsights', 'valueNetworkDesigner'].flatMap((w) => [`src/webparts/${w}/loc/de-de.js`, `src/webparts/${w}/loc/en-us.js`, `src/webparts/${w}/loc/mystrings.d.ts`])
    );
    for (const [path, text] of Object.entries(modules)) expect([path, readFileSync(join(root, path), 'utf8')]).toEqual([path, text]);
  });

  it('writes the module SharePoint evaluates: an AMD define of the locale strings', () => {
    const text = webPartStringModules()['src/webparts/salesInsights/loc/de-de.js'];
    let defined: unknown;
    new Function('define', text)((_deps: string[], factory: () => unknown) => (defined = factory()));
    expect(defined).toEqual({
      PropertyPaneDescription: 'Lernen Sie aus den eigenen Gewinnen und Verlusten dieser Website: ein getestetes Score-Modell und die Erfolgsmuster.',
      TrainingGroup: 'Training',
      MinPerClassLabel: 'Gewonnene und verlorene Geschäfte, die das gelernte Modell braucht (je)',
      TrainerGroupLabel: 'Gruppe, die außer den Websitebesitzern trainieren darf (z. B. Vertriebsleitung)'
    });
  });

  it('picks German for any de locale and English otherwise, per app, from one file per language', () => {
    expect([dashboardStringsFor('de-AT').winRate, dashboardStringsFor('fr-FR').winRate, webPartStringsFor('de').performanceDashboard.SeverityHigh]).toEqual(['Gewinnquote', 'Win rate', 'Hoch']);
  });
});
