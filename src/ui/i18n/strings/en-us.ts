/** The English (en-US) strings of the app frame (host, theme, language). */
import type { AppStrings } from './strings';

export const enUs: AppStrings = {
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
