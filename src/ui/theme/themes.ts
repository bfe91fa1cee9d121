import { createTheme, type PartialTheme, type Theme } from '@fluentui/react';
import type { HostKind, ThemeKind } from '../../services';

// Teams' own brand ramp, so that the apps look native in Teams tabs and the personal app.
const teamsPurple: PartialTheme['palette'] = {
  themePrimary: '#6264a7',
  themeLighterAlt: '#f7f7fb',
  themeLighter: '#e1e1f1',
  themeLight: '#c8c9e4',
  themeTertiary: '#989ac9',
  themeSecondary: '#7173b0',
  themeDarkAlt: '#585a95',
  themeDark: '#4a4c7e',
  themeDarker: '#37385d'
};

const darkNeutrals: PartialTheme['palette'] = {
  neutralLighterAlt: '#2b2b2b',
  neutralLighter: '#333333',
  neutralLight: '#414141',
  neutralQuaternaryAlt: '#4a4a4a',
  neutralQuaternary: '#515151',
  neutralTertiaryAlt: '#6f6f6f',
  neutralTertiary: '#c8c8c8',
  neutralSecondary: '#d0d0d0',
  neutralPrimaryAlt: '#dadada',
  neutralPrimary: '#ffffff',
  neutralDark: '#f4f4f4',
  black: '#f8f8f8',
  white: '#1f1f1f'
};

const highContrastPalette: PartialTheme['palette'] = {
  themePrimary: '#ffff00',
  themeDarkAlt: '#ffff00',
  themeDark: '#ffff00',
  themeDarker: '#ffff00',
  themeSecondary: '#ffff00',
  themeTertiary: '#ffff00',
  themeLight: '#ffff00',
  themeLighter: '#3a3a00',
  themeLighterAlt: '#000000',
  neutralPrimary: '#ffffff',
  neutralPrimaryAlt: '#ffffff',
  neutralSecondary: '#ffffff',
  neutralTertiary: '#ffffff',
  neutralDark: '#ffffff',
  black: '#ffffff',
  white: '#000000',
  neutralLighterAlt: '#000000',
  neutralLighter: '#1a1a1a',
  neutralLight: '#333333',
  neutralQuaternary: '#ffffff',
  neutralQuaternaryAlt: '#ffffff',
  neutralTertiaryAlt: '#ffffff'
};

/**
 * The Fluent theme for a host and theme kind. SharePoint pages pass their own site theme instead
 * (see `sharePointTheme`), which wins for the light and dark kinds.
 */
export function fluentThemeFor(host: HostKind, kind: ThemeKind, sharePointTheme?: PartialTheme): Theme {
  if (kind === 'highContrast') {
    return createTheme({ palette: highContrastPalette, isInverted: true });
  }
  const brand = host === 'sharePointPage' ? undefined : teamsPurple;
  if (sharePointTheme && host === 'sharePointPage') {
    return createTheme(sharePointTheme);
  }
  return createTheme({
    // Leaving `palette` undefined would replace Fluent's default palette with nothing (createTheme spreads it).
    palette: kind === 'dark' ? { ...brand, ...darkNeutrals } : brand ?? {},
    // A primary button's text is the palette's `white`, which the dark neutrals make near-black: on the
    // brand colour that reads at about 3:1 (axe colour-contrast). White text reads at 4.5:1 or more.
    ...(kind === 'dark' ? { semanticColors: { primaryButtonText: '#ffffff', primaryButtonTextHovered: '#ffffff', primaryButtonTextPressed: '#ffffff' } } : {}),
    isInverted: kind === 'dark'
  });
}
