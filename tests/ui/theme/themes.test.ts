import { createTheme, type IPalette, type Theme } from '@fluentui/react';
import { fluentThemeFor } from '../../../src/ui/theme/themes';

/** Fluent's own default palette: every slot the module does not set must keep its value. */
const fluentDefault: IPalette = createTheme({}).palette;

const teamsRamp: Partial<IPalette> = {
  themePrimary: '#6264a7',
  themeLighterAlt: '#f7f7fb',
  themeLighter: '#e1e1f1',
  themeLight: '#c8c9e4',
  themeTertiary: '#989ac9',
  themeSecondary: '#7173b0',
  themeDarkAlt: '#585a95',
  themeDark: '#4a4c7e',
  themeDarker: '#37385d',
  accent: '#6264a7'
};

const darkNeutrals: Partial<IPalette> = {
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

const highContrast: Partial<IPalette> = {
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
  neutralTertiaryAlt: '#ffffff',
  accent: '#ffff00'
};

/** What a reader sees first: inversion, page and text colours, the primary button and links. */
function looks(theme: Theme): { isInverted: boolean; bodyBackground: string; bodyText: string; primaryButtonBackground: string; link: string } {
  const s = theme.semanticColors;
  return { isInverted: theme.isInverted, bodyBackground: s.bodyBackground, bodyText: s.bodyText, primaryButtonBackground: s.primaryButtonBackground, link: s.link };
}

describe('fluentThemeFor', () => {
  it('keeps Fluent’s default light theme on a SharePoint page without a site theme', () => {
    const theme = fluentThemeFor('sharePointPage', 'light');
    expect(theme.palette).toEqual(fluentDefault);
    expect(looks(theme)).toEqual({ isInverted: false, bodyBackground: '#ffffff', bodyText: '#323130', primaryButtonBackground: '#0078d4', link: '#0078d4' });
  });

  it('uses Teams’ purple ramp over the light neutrals in a Teams tab and in the personal app', () => {
    for (const host of ['teamsTab', 'teamsPersonalApp'] as const) {
      const theme = fluentThemeFor(host, 'light');
      expect(theme.palette).toEqual({ ...fluentDefault, ...teamsRamp });
      expect(looks(theme)).toEqual({ isInverted: false, bodyBackground: '#ffffff', bodyText: '#323130', primaryButtonBackground: '#6264a7', link: '#6264a7' });
    }
  });

  it('inverts Teams’ dark theme: the purple ramp over dark neutrals', () => {
    const theme = fluentThemeFor('teamsTab', 'dark');
    expect(theme.palette).toEqual({ ...fluentDefault, ...teamsRamp, ...darkNeutrals });
    expect(looks(theme)).toEqual({ isInverted: true, bodyBackground: '#1f1f1f', bodyText: '#ffffff', primaryButtonBackground: '#6264a7', link: '#6264a7' });
  });

  it('keeps Fluent’s blue on a dark SharePoint page without a site theme', () => {
    const theme = fluentThemeFor('sharePointPage', 'dark');
    expect(theme.palette).toEqual({ ...fluentDefault, ...darkNeutrals });
    expect(looks(theme)).toEqual({ isInverted: true, bodyBackground: '#1f1f1f', bodyText: '#ffffff', primaryButtonBackground: '#0078d4', link: '#0078d4' });
  });

  it('uses the same yellow-on-black high-contrast theme on every host, ignoring a site theme', () => {
    const site = { palette: { themePrimary: '#038387' } };
    for (const [host, sharePointTheme] of [['sharePointPage', site], ['sharePointPage', undefined], ['teamsTab', undefined], ['teamsPersonalApp', site]] as const) {
      const theme = fluentThemeFor(host, 'highContrast', sharePointTheme);
      expect(theme.palette).toEqual({ ...fluentDefault, ...highContrast });
      expect(looks(theme)).toEqual({ isInverted: true, bodyBackground: '#000000', bodyText: '#ffffff', primaryButtonBackground: '#ffff00', link: '#ffff00' });
    }
  });

  it('lets a SharePoint page’s site theme win for the light kind', () => {
    const theme = fluentThemeFor('sharePointPage', 'light', { palette: { themePrimary: '#038387', white: '#fafafa' } });
    expect(theme.palette).toEqual({ ...fluentDefault, themePrimary: '#038387', white: '#fafafa', accent: '#038387' });
    expect(looks(theme)).toEqual({ isInverted: false, bodyBackground: '#fafafa', bodyText: '#323130', primaryButtonBackground: '#038387', link: '#038387' });
  });

  it('lets the site theme win for the dark kind too, its own inversion included', () => {
    const light = fluentThemeFor('sharePointPage', 'dark', { palette: { themePrimary: '#038387' } });
    expect(light.palette).toEqual({ ...fluentDefault, themePrimary: '#038387', accent: '#038387' });
    expect(light.isInverted).toBe(false);
    const dark = fluentThemeFor('sharePointPage', 'dark', { palette: { themePrimary: '#038387', white: '#1b1a19', neutralPrimary: '#f3f2f1' }, isInverted: true });
    expect(looks(dark)).toEqual({ isInverted: true, bodyBackground: '#1b1a19', bodyText: '#f3f2f1', primaryButtonBackground: '#038387', link: '#038387' });
  });

  it('ignores a site theme outside SharePoint pages', () => {
    const site = { palette: { themePrimary: '#038387' } };
    expect(fluentThemeFor('teamsTab', 'light', site).palette).toEqual({ ...fluentDefault, ...teamsRamp });
    expect(fluentThemeFor('teamsPersonalApp', 'dark', site).palette).toEqual({ ...fluentDefault, ...teamsRamp, ...darkNeutrals });
  });
});
