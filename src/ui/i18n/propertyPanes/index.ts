/**
 * The property-pane strings of the web parts, one file per language; the interface in ./strings.ts.
 * The SPFx string modules SharePoint loads (src/webparts/<web part>/loc) are derived from them.
 */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { WebPartStrings } from './strings';

export type { PerformanceDashboardPaneStrings, ProcessBlueprintPaneStrings, SalesInsightsPaneStrings, ValueNetworkDesignerPaneStrings, WebPartStrings } from './strings';

/** The languages the web parts ship in, as SPFx names its string files. */
const LOCALES: Readonly<Record<string, WebPartStrings>> = { 'en-us': enUs, 'de-de': deDe };

/** Web part strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function webPartStringsFor(locale: string): WebPartStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}

const GENERATED = '// Generated from src/ui/i18n/propertyPanes by `npm run strings`: edit those files, not this one.\n';

/**
 * The SPFx string modules of every web part, by path from the repository root: `loc/<locale>.js`
 * (the AMD module SharePoint loads for the page's language) and `loc/mystrings.d.ts` (its type).
 */
export function webPartStringModules(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const webPart of Object.keys(enUs) as (keyof WebPartStrings)[]) {
    const module = `${webPart.charAt(0).toUpperCase()}${webPart.slice(1)}WebPartStrings`;
    const folder = `src/webparts/${webPart}/loc`;
    for (const [locale, strings] of Object.entries(LOCALES)) {
      const entries = Object.entries(strings[webPart]).map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
      files[`${folder}/${locale}.js`] = `${GENERATED}define([], function() {\n  return {\n${entries.join(',\n')}\n  }\n});\n`;
    }
    const keys = Object.keys(enUs[webPart]).map((key) => `  ${key}: string;`);
    files[`${folder}/mystrings.d.ts`] =
      `${GENERATED}declare interface I${module} {\n${keys.join('\n')}\n}\n\ndeclare module '${module}' {\n  const strings: I${module};\n  export = strings;\n}\n`;
  }
  return files;
}
