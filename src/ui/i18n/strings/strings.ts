/**
 * The strings of the app frame (host, theme, language): the interface each language file (en-us.ts, de-de.ts) fills. Numbers and
 * dates are formatted with Intl by locale.
 */
import type { HostKind, ThemeKind } from '../../../services';

/** User-facing strings of the apps. Add a key here and in en-us.ts and de-de.ts. */
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
