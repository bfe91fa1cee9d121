import type { HostKind, ThemeKind } from '../../src/services';
import type { PersonaKey } from './personas';
import type { WorkbenchSettings } from './WorkbenchToolbar';

const hosts: readonly HostKind[] = ['sharePointPage', 'teamsTab', 'teamsPersonalApp'];
const themes: readonly ThemeKind[] = ['light', 'dark', 'highContrast'];
const personas: readonly PersonaKey[] = ['owner', 'member', 'visitor'];
const locales: readonly string[] = ['en-US', 'de-DE'];

function pick<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/** Workbench settings live in the query string, so a reload or a test can open any combination directly. */
export function settingsFromQuery(search: string): WorkbenchSettings {
  const query = new URLSearchParams(search);
  return {
    host: pick(query.get('host') ?? undefined, hosts, 'sharePointPage'),
    theme: pick(query.get('theme') ?? undefined, themes, 'light'),
    persona: pick(query.get('user') ?? undefined, personas, 'owner'),
    locale: pick(query.get('lang') ?? undefined, locales, 'en-US')
  };
}

export function settingsToQuery(settings: WorkbenchSettings): string {
  return `?${new URLSearchParams({ host: settings.host, theme: settings.theme, user: settings.persona, lang: settings.locale }).toString()}`;
}
